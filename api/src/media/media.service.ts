import os from 'node:os';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { QueueFullError, WorkQueue } from '../common/concurrency/work-queue.js';
import { outageErrors } from '../common/errors/retry-later.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import type { MediaUrls, MediaView } from './dto/media.dto.js';
import { processImage } from './image-processor.js';
import { IMAGE_QUEUE_PER_WORKER, IMAGE_SECONDS_PER_TASK, MEDIA_SIZE_NAMES, mediaKey } from './image-rules.js';
import { mediaErrors } from './media.errors.js';
import { MEDIA_STORAGE, type MediaStorage } from './media-storage.js';

export type Uploader = { participantId: string; classId: string } | { facilitatorId: string };

export interface OwnedMedia {
  hash: string;
  width: number;
  height: number;
}

/** Pictures decoding at once: one per core (sharp runs one libvips thread per picture). */
export const IMAGE_WORKERS = Math.max(1, os.availableParallelism());

/** Photos: decode and clean every upload, store its WebP sizes by content hash, remember who sent it. */
@Injectable()
export class MediaService {
  /**
   * Bounds the sharp work of this node: IMAGE_WORKERS at once, a short line behind them, and beyond it an upload is
   * answered 503 SERVER_BUSY with Retry-After at once (issue 15, defect 7: 48 parallel 40 MP uploads starved the
   * CPU until database calls timed out).
   */
  readonly imageWork = new WorkQueue({
    concurrency: IMAGE_WORKERS,
    maxQueued: IMAGE_WORKERS * IMAGE_QUEUE_PER_WORKER,
    secondsPerTask: IMAGE_SECONDS_PER_TASK,
  });

  constructor(
    private readonly uow: UnitOfWork,
    private readonly limiter: RateLimiter,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  /** `file`: the upload's temporary file on disk (the controller removes it afterwards). */
  async upload(principal: Principal, file: { path: string; size: number } | undefined): Promise<MediaView> {
    if (!file || file.size === 0) throw mediaErrors.imageRequired();
    // A product has at most 5 photos; 60 in 10 minutes leaves room for retries on bad Wi-Fi.
    await this.limiter.hit([{ bucket: `media:${principal.kind}:${principal.id}`, max: 60, windowSeconds: 600 }]);
    const uploader: Uploader =
      principal.kind === 'participant' ? { participantId: principal.id, classId: principal.classId } : { facilitatorId: principal.id };
    return this.store(file.path, uploader, { refuseWhenBusy: true });
  }

  /**
   * The pipeline itself, also used by the demo seed and the scenarios for the pictures they draw (those wait their
   * turn; an upload is refused when the line is full). No database connection is held while sharp works.
   */
  async store(input: Buffer | string, uploader: Uploader, options: { refuseWhenBusy?: boolean } = {}): Promise<MediaView> {
    let image: Awaited<ReturnType<typeof processImage>>;
    try {
      image = await this.imageWork.run(() => processImage(input), { refuseWhenFull: options.refuseWhenBusy ?? false });
    } catch (error) {
      if (error instanceof QueueFullError) throw outageErrors.serverBusy(error.retryAfterSeconds);
      throw error;
    }
    // Files first: a media row always has its files. A crash in between leaves only an unreferenced file.
    for (const size of MEDIA_SIZE_NAMES) {
      const key = mediaKey(image.hash, size);
      if (!(await this.storage.exists(key))) await this.storage.put(key, image.variants[size]);
    }
    const participantId = 'participantId' in uploader ? uploader.participantId : null;
    const facilitatorId = 'facilitatorId' in uploader ? uploader.facilitatorId : null;
    const classId = 'classId' in uploader ? uploader.classId : null;
    await this.uow.run(async (tx) => {
      await tx.manager.query(
        `INSERT INTO media (hash, class_id, participant_id, facilitator_id, width, height, bytes)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (hash) DO NOTHING`,
        [image.hash, classId, participantId, facilitatorId, image.width, image.height, image.variants.full.length],
      );
      await tx.manager.query(
        `INSERT INTO media_upload (media_hash, class_id, participant_id, facilitator_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [image.hash, classId, participantId, facilitatorId],
      );
    });
    return { id: image.hash, width: image.width, height: image.height, urls: this.urlsFor(image.hash) };
  }

  /** The stored size of each of these pictures (an unknown hash is absent). */
  async sizes(manager: EntityManager, hashes: string[]): Promise<Map<string, { width: number; height: number }>> {
    if (hashes.length === 0) return new Map();
    const rows: { hash: string; width: number; height: number }[] = await manager.query(
      `SELECT hash, width, height FROM media WHERE hash = ANY($1::char(64)[])`,
      [hashes],
    );
    return new Map(rows.map((row) => [row.hash, { width: row.width, height: row.height }]));
  }

  /** Of these pictures, the ones this participant uploaded in their class (the others may not be attached). */
  async findOwned(manager: EntityManager, owner: { participantId: string; classId: string }, hashes: string[]): Promise<Map<string, OwnedMedia>> {
    if (hashes.length === 0) return new Map();
    const rows: OwnedMedia[] = await manager.query(
      `SELECT m.hash, m.width, m.height
         FROM media_upload u JOIN media m ON m.hash = u.media_hash
        WHERE u.participant_id = $1 AND u.class_id = $2 AND u.media_hash = ANY($3::char(64)[])`,
      [owner.participantId, owner.classId, hashes],
    );
    return new Map(rows.map((row) => [row.hash, row]));
  }

  /**
   * A class copied as a template: the pictures these participants uploaded are their copies' in the new class too
   * (`from[i]` → `to[i]`), so they may attach them there; in the caller's transaction.
   */
  async copyUploads(manager: EntityManager, toClassId: string, participants: { from: string[]; to: string[] }): Promise<void> {
    if (participants.from.length === 0) return;
    await manager.query(
      `INSERT INTO media_upload (media_hash, class_id, participant_id)
       SELECT DISTINCT u.media_hash, $1::uuid, o.new_id FROM media_upload u JOIN unnest($2::uuid[], $3::uuid[]) AS o(old_id, new_id) ON o.old_id = u.participant_id
       ON CONFLICT DO NOTHING`,
      [toClassId, participants.from, participants.to],
    );
  }

  urlsFor(hash: string): MediaUrls {
    return {
      thumb: this.storage.urlFor(mediaKey(hash, 'thumb')),
      card: this.storage.urlFor(mediaKey(hash, 'card')),
      full: this.storage.urlFor(mediaKey(hash, 'full')),
    };
  }
}
