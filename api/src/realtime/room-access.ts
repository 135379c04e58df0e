import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';

export type RoomAuthorizer = (principal: Principal, id: string) => Promise<boolean>;

/**
 * Which rooms a socket may join on request. Capabilities register their room kinds
 * (`order`, `conversation`) with a check of their own; an unregistered kind is refused.
 */
@Injectable()
export class RoomAccess {
  private readonly authorizers = new Map<string, RoomAuthorizer>();

  register(kind: string, authorizer: RoomAuthorizer): void {
    this.authorizers.set(kind, authorizer);
  }

  async mayJoin(principal: Principal, room: string): Promise<boolean> {
    const match = /^([a-z]+):([0-9a-f-]{36})$/i.exec(room);
    if (!match) return false;
    const authorizer = this.authorizers.get(match[1]!);
    return authorizer ? authorizer(principal, match[2]!) : false;
  }
}
