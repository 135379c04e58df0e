import { type INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { Server, ServerOptions } from 'socket.io';

/**
 * One node needs nothing; with REDIS_URL set, broadcasts travel between nodes through Redis streams.
 * The streams adapter (not the pub/sub one) is used because it supports connection state recovery.
 */
export class RealtimeAdapter extends IoAdapter {
  private readonly log = new Logger(RealtimeAdapter.name);
  private redis?: ReturnType<typeof createClient>;

  constructor(
    app: INestApplicationContext,
    private readonly redisUrl: string | undefined,
  ) {
    super(app);
  }

  async connect(): Promise<void> {
    if (!this.redisUrl) return;
    this.redis = createClient({ url: this.redisUrl });
    this.redis.on('error', (error: unknown) => this.log.error({ err: error }, "redis error"));
    await this.redis.connect();
    this.log.log("socket.io broadcasts go through Redis");
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    if (this.redis) server.adapter(createAdapter(this.redis, { streamName: 'pasar-latihan:socket.io' }));
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    if (this.redis?.isOpen) await this.redis.quit().catch(() => undefined);
  }
}
