import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { MEDIA_UPLOAD_BODY, MediaView } from './dto/media.dto.js';
import { MAX_UPLOAD_BYTES } from './image-rules.js';
import { MediaService } from './media.service.js';
import { UploadLimitInterceptor } from './upload-limit.interceptor.js';

/** What multer hands over for one file kept in memory (the fields this API reads). */
interface UploadedBytes {
  buffer: Buffer;
  size: number;
}

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
  @UseInterceptors(
    UploadLimitInterceptor,
    // No storage or dest: multer keeps the file in memory, and nothing touches the disk before it is decoded.
    FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 8 } }),
  )
  upload(@CurrentPrincipal() principal: Principal, @UploadedFile() file: UploadedBytes | undefined): Promise<MediaView> {
    return this.media.upload(principal, file?.buffer);
  }
}
