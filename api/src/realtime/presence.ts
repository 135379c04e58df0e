import { Injectable, Logger } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';

export type PresenceListener = (principal: Principal) => Promise<void>;

/**
 * Who has just connected a socket. The gateway tells it; capabilities that keep something about presence register a
 * listener of their own (classes/ keeps a participant's "terakhir aktif"), so realtime names no capability's table.
 * Best effort: a failing listener is logged and the connection goes on.
 */
@Injectable()
export class Presence {
  private readonly logger = new Logger(Presence.name);
  private readonly listeners: PresenceListener[] = [];

  onConnected(listener: PresenceListener): void {
    this.listeners.push(listener);
  }

  async connected(principal: Principal): Promise<void> {
    await Promise.all(
      this.listeners.map((listener) =>
        listener(principal).catch((error: unknown) => this.logger.warn({ msg: 'a presence listener failed', err: error })),
      ),
    );
  }
}
