import fs from 'node:fs/promises';
import { Controller, Get, Param, Req, RequestMethod, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import send from 'send';
import { toErrorBody } from '../common/errors/error-body.js';
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
  async serve(@Param('file') fileName: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const key = keyOfFileName(fileName);
    if (!key) throw mediaErrors.notFound();
    const filePath = this.disk.filePath(key);
    const found = await fs.stat(filePath).catch(() => null);
    if (!found?.isFile()) throw mediaErrors.notFound();
    // Streamed from disk by `send` (ETag, Last-Modified, ranges, 304), as Express's sendFile did.
    reply.hijack();
    const res = reply.raw;
    send(req.raw, filePath, { maxAge: '365d', immutable: true })
      .on('headers', () => {
        res.setHeader('Content-Type', 'image/webp');
        res.setHeader('X-Content-Type-Options', 'nosniff');
      })
      // Removed between the check and the read: the same 404; once bytes are on the wire, nothing is left to answer.
      .on('error', () => {
        if (res.headersSent) return void res.destroy();
        const { body } = toErrorBody(mediaErrors.notFound());
        res.writeHead(body.statusCode, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
      })
      .pipe(res);
  }
}
