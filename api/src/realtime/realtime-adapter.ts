import { type INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { createAdapter } from '@socket.io/redis-streams-adapter';
import type { createClient } from 'redis';
import type { Server, ServerOptions } from 'socket.io';
import { keepBroadcastsForRecoveringSockets } from './recovering-sockets.js';

/**
 * One node needs nothing; with REDIS_URL set, broadcasts travel between nodes through Redis streams.
 * The streams adapter (not the pub/sub one) is used because it supports connection state recovery. Both packages are
 * loaded only when REDIS_URL is set: one node never needs their code in memory.
 */
export class RealtimeAdapter extends IoAdapter {
  private readonly log = new Logger(RealtimeAdapter.name);
  /** Set by connect() when REDIS_URL is: the client, and the adapter factory loaded with it. */
  private redis?: { client: ReturnType<typeof createClient>; createAdapter: typeof createAdapter };

  constructor(
    app: INestApplicationContext,
    private readonly redisUrl: string | undefined,
  ) {
    super(app);
  }

  async connect(): Promise<void> {
    if (!this.redisUrl) return;
    const [{ createClient }, { createAdapter }] = await Promise.all([import('redis'), import('@socket.io/redis-streams-adapter')]);
    const client = createClient({ url: this.redisUrl });
    client.on('error', (error: unknown) => this.log.error({ err: error }, "redis error"));
    await client.connect();
    this.redis = { client, createAdapter };
    this.log.log("socket.io broadcasts go through Redis");
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    if (this.redis) server.adapter(this.redis.createAdapter(this.redis.client, { streamName: 'pasar-latihan:socket.io' }));
    // On the adapter in use (the streams adapter replaces the one the server was made with).
    keepBroadcastsForRecoveringSockets(server.of('/'));
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    if (this.redis?.client.isOpen) await this.redis.client.quit().catch(() => undefined);
  }
}
