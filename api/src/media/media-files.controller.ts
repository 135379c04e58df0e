import fs from 'node:fs/promises';
import { Controller, Get, Param, RequestMethod, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators.js';
import { keyOfFileName } from './image-rules.js';
import { mediaErrors } from './media.errors.js';
import { DiskMediaStorage } from './media-storage.js';

/** Served outside `/api` (see configureApp): `/media/<hash>-<size>.webp`. */
export const MEDIA_FILE_ROUTE = { path: 'media/:file', method: RequestMethod.GET };

/**
 * Serves the disk store's pictures. Their names are content hashes, so a URL's bytes never change and
 * phones may keep them for a year without asking again.
 */
@ApiExcludeController()
@Public()
@Controller('media')
export class MediaFilesController {
  constructor(private readonly disk: DiskMediaStorage) {}

  @Get(':file')
  async serve(@Param('file') fileName: string, @Res() res: Response): Promise<void> {
    const key = keyOfFileName(fileName);
    if (!key) throw mediaErrors.notFound();
    const filePath = this.disk.filePath(key);
    const found = await fs.stat(filePath).catch(() => null);
    if (!found?.isFile()) throw mediaErrors.notFound();
    await new Promise<void>((resolve, reject) => {
      res.sendFile(
        filePath,
        {
          headers: { 'Content-Type': 'image/webp', 'X-Content-Type-Options': 'nosniff' },
          maxAge: 365 * 24 * 60 * 60 * 1000,
          immutable: true,
        },
        // Once bytes are on the wire (or the phone went away) there is nothing left to answer.
        (error) => (error && !res.headersSent ? reject(mediaErrors.notFound()) : resolve()),
      );
    });
  }
}
