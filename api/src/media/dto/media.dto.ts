import { ApiProperty, type ApiBodyOptions } from '@nestjs/swagger';

export class MediaUrls {
  @ApiProperty({ example: '/media/3f2a…-thumb.webp', description: '160 px on the long side: list rows' })
  thumb!: string;

  @ApiProperty({ example: '/media/3f2a…-card.webp', description: '480 px on the long side: storefront cards' })
  card!: string;

  @ApiProperty({ example: '/media/3f2a…-full.webp', description: '960 px on the long side: the gallery (1280 for photos stored before 7 Dec 2026)' })
  full!: string;
}

export class MediaView {
  @ApiProperty({ example: '3f2a9c…', description: 'sha256 of the full-size WebP; pass it as a product photo id' })
  id!: string;

  @ApiProperty({ example: 960, description: 'Width of the full size, upright' })
  width!: number;

  @ApiProperty({ example: 960 })
  height!: number;

  @ApiProperty({ type: MediaUrls })
  urls!: MediaUrls;
}

/** How the upload is described in the OpenAPI document (multipart, one field). */
export const MEDIA_UPLOAD_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary', description: 'JPEG, PNG, WebP (or AVIF/HEIF); at most 8 MB' } },
  },
};
