import path from 'node:path';
import { Module } from '@nestjs/common';
import { MultipartModule } from '@nestjs/platform-fastify';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { MediaController } from './media.controller.js';
import { MediaFilesController } from './media-files.controller.js';
import { MediaService } from './media.service.js';
import { DiskMediaStorage, MEDIA_STORAGE } from './media-storage.js';
import { UploadLimitInterceptor } from './upload-limit.interceptor.js';
import { TempUploadStorage } from './upload-temp-storage.js';

/** Where uploads wait while they are decoded: `DATA_DIR/tmp/uploads`, beside the stored pictures. */
export function uploadTempDir(env: Env): string {
  return path.join(env.dataDir, 'tmp', 'uploads');
}

/** Photo uploads and their files. The disk store is the default (and, for now, the only) storage. */
@Module({
  imports: [
    MultipartModule.registerAsync({
      inject: [ENV],
      useFactory: (env: Env) => {
        const storage = new TempUploadStorage(uploadTempDir(env));
        void storage.sweepStale();
        return { storage };
      },
    }),
  ],
  controllers: [MediaController, MediaFilesController],
  providers: [
    MediaService,
    UploadLimitInterceptor,
    { provide: DiskMediaStorage, inject: [ENV], useFactory: (env: Env) => new DiskMediaStorage(path.join(env.dataDir, 'media')) },
    { provide: MEDIA_STORAGE, useExisting: DiskMediaStorage },
  ],
  exports: [MediaService],
})
export class MediaModule {}
