import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiPayloadTooLargeResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ErrorResponse } from '../common/errors/error.response.js';
import { MEDIA_UPLOAD_BODY, MediaView } from './dto/media.dto.js';
import { MAX_UPLOAD_BYTES } from './image-rules.js';
import { MediaService } from './media.service.js';
import { removeTempFile, type TempUpload } from './upload-temp-storage.js';
import { UploadLimitInterceptor } from './upload-limit.interceptor.js';

/** The route create-app.ts guards by Content-Length before any of the body is read. */
export const MEDIA_UPLOAD_PATH = '/api/media';

@ApiTags('media')
@ApiBearerAuth()
@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Post()
  @Requires('participant', 'facilitator')
  @ApiConsumes('multipart/form-data')
  @ApiBody(MEDIA_UPLOAD_BODY)
  @ApiCreatedResponse({ type: MediaView })
  @ApiPayloadTooLargeResponse({ type: ErrorResponse, description: 'IMAGE_TOO_LARGE: the file is over 8 MB (refused by Content-Length before the body is read)' })
  @ApiServiceUnavailableResponse({ type: ErrorResponse, description: 'SERVER_BUSY (photo queue full) or DATABASE_UNAVAILABLE, with a Retry-After header' })
  @UseInterceptors(
    UploadLimitInterceptor,
    // Streamed to a temporary file (TempUploadStorage, registered in MediaModule), never held whole in memory.
    FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 8 } }),
  )
  async upload(@CurrentPrincipal() principal: Principal, @UploadedFile() file: TempUpload | undefined): Promise<MediaView> {
    try {
      return await this.media.upload(principal, file);
    } finally {
      if (file) await removeTempFile(file.path);
    }
  }
}
