import { Inject, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayConnection,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { AuthService } from '../auth/auth.service.js';
import type { Principal } from '../auth/principal.js';
import { type PublishedEvent, rooms, type ServerToClientEvents, type WireEvent } from '../common/events/domain-event.js';
import { EventBus } from '../common/events/event-bus.js';
import type { DomainEventMap } from '../common/events/event-map.js';
import { PLATFORM_ERROR_CODES } from '../common/errors/platform.errors.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { BroadcastMarks } from './broadcast-marks.js';
import { EventThrottle, RoomDecisionCache } from './event-throttle.js';
import { Presence } from './presence.js';
import { RoomAccess } from './room-access.js';
import { restoreSessions, saveSessions } from './sessions-across-restart.js';

interface SocketData {
  principal: Principal;
}
type AppSocket = Socket<Record<string, never>, ServerToClientEvents, Record<string, never>, SocketData>;

export type Ack = { ok: true } | { ok: false; code: string };

const RATE_LIMITED: Ack = { ok: false, code: PLATFORM_ERROR_CODES.RATE_LIMITED };

/** What one connection keeps in memory: its event budget and the room decisions it already got. */
interface ConnectionGuard {
  throttle: EventThrottle;
  decisions: RoomDecisionCache;
  lastErrorAt: number;
}

/** Rooms a caller is in from the start: their class, themselves, their shop (or, for a facilitator, themselves). */
export function baseRooms(principal: Principal): string[] {
  if (principal.kind === 'facilitator') return [rooms.facilitator(principal.id), `token:${principal.tokenId}`];
  return [
    rooms.class(principal.classId),
    rooms.participant(principal.id),
    ...(principal.shopId ? [rooms.shop(principal.shopId)] : []),
    `token:${principal.tokenId}`,
  ];
}

/**
 * socket.io on the app's own port: the handshake carries the same bearer token as the REST API,
 * committed domain events go to their rooms, and a phone that drops off Wi-Fi for up to two minutes
 * gets what it missed replayed (connection state recovery); after longer it refetches.
 */
@WebSocketGateway({
  // Middlewares run on recovery too: a token revoked (logout, archived class) while the phone was away gets no
  // session back (issue 15, defect 4).
  connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
  serveClient: false,
  pingInterval: 20_000,
  pingTimeout: 20_000,
})
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RealtimeGateway.name);
  private unsubscribe?: () => void;
  /** Per socket object: a recovered connection is a new object, so it starts with a fresh budget and no decisions. */
  private readonly guards = new WeakMap<AppSocket, ConnectionGuard>();

  @WebSocketServer()
  server!: Server<Record<string, never>, ServerToClientEvents>;

  constructor(
    private readonly auth: AuthService,
    private readonly bus: EventBus,
    private readonly roomAccess: RoomAccess,
    private readonly marks: BroadcastMarks,
    private readonly presence: Presence,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.bus.subscribe((events) => this.broadcast(events));
  }

  /**
   * After the sockets closed and the last request answered (Nest closes the servers before this hook): stop listening,
   * then, on one node, what socket.io needs to recover each phone's connection goes to DATA_DIR for the next start.
   * Not earlier (on module destroy): requests still answered while the app stops (a webhook settling a payment, after
   * Nest's destroy hooks and before it closes the HTTP server) commit events that must still go out, to the phones
   * still connected or, once the sockets have closed, into what the next start replays. A restart bench lost one
   * `order.paid` that way when the gateway stopped listening on module destroy.
   */
  onApplicationShutdown(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (!this.keepsSessions() || !this.server) return;
    try {
      const saved = saveSessions(this.server as unknown as Server, this.env.dataDir);
      if (saved !== null) this.logger.log(`${saved} socket sessions kept for the next start`);
    } catch (error) {
      this.logger.error({ err: error }, 'could not keep the socket sessions: phones will load their pages again');
    }
  }

  afterInit(server: Server): void {
    if (this.keepsSessions()) {
      try {
        const restored = restoreSessions(server, this.env.dataDir);
        if (restored !== null) this.logger.log(`${restored} socket sessions from the last stop can be recovered`);
      } catch (error) {
        this.logger.error({ err: error }, 'could not read the socket sessions of the last stop: phones will load their pages again');
      }
    }
    server.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      if (typeof token !== 'string' || token.length < 20) return next(new Error('UNAUTHENTICATED'));
      this.auth
        .resolve(token)
        .then((principal) => {
          if (!principal) return next(new Error('UNAUTHENTICATED'));
          const data = socket.data as Partial<SocketData> & { switched?: boolean };
          // A recovered session keeps its rooms: only for the very token that made it.
          if (socket.recovered && data.principal && data.principal.tokenId !== principal.tokenId) data.switched = true;
          data.principal = principal;
          next();
        })
        .catch((error: unknown) => {
          this.logger.error({ err: error }, 'socket authentication failed');
          next(new Error('INTERNAL_ERROR'));
        });
    });
  }

  async handleConnection(socket: AppSocket): Promise<void> {
    const principal = socket.data.principal;
    if (!principal) return;
    this.guard(socket);
    // A recovered socket gets its rooms back and the missed events replayed by socket.io itself (its token was
    // checked again by the middleware). Recovered with another token: the old rooms go, the new token's come.
    if (socket.recovered) {
      if (!(socket.data as { switched?: boolean }).switched) return;
      for (const room of [...socket.rooms]) if (room !== socket.id) await socket.leave(room);
    }
    await socket.join(baseRooms(principal));
    await this.presence.connected(principal);
    // socket.io recovers a connection only from the last packet its phone received: one at once, so that every
    // connection can be recovered, even one that heard nothing before a drop or a restart.
    socket.emit('stream:start');
  }

  /**
   * Sessions cross a restart on one node (with Redis, the streams adapter keeps them) on a fixed port: phones come
   * back to the same address, and a test app on a random port (PORT=0) leaves no file behind.
   */
  private keepsSessions(): boolean {
    return !this.env.redisUrl && this.env.port !== 0;
  }

  /** A facilitator opens a class's console: they hear the class and its facilitator-only events. */
  @SubscribeMessage('class:watch')
  async watchClass(@ConnectedSocket() socket: AppSocket, @MessageBody() body: { classId?: unknown }): Promise<Ack> {
    const principal = socket.data.principal;
    const classId = typeof body?.classId === 'string' ? body.classId : '';
    if (principal.kind !== 'facilitator') return { ok: false, code: 'FORBIDDEN' };
    const allowed =
      /^[0-9a-f-]{36}$/i.test(classId) && (await this.decide(socket, `watch:${classId}`, () => this.auth.canAccessClass(principal, classId)));
    if (!allowed) return { ok: false, code: 'CLASS_NOT_FOUND' };
    await socket.join([rooms.class(classId), rooms.facilitators(classId)]);
    return { ok: true };
  }

  /** Joins an `order:` or `conversation:` room, when that capability says the caller may. */
  @SubscribeMessage('room:join')
  async joinRoom(@ConnectedSocket() socket: AppSocket, @MessageBody() body: { room?: unknown }): Promise<Ack> {
    const room = typeof body?.room === 'string' && body.room.length <= 100 ? body.room : '';
    if (socket.rooms.has(room)) return { ok: true };
    const allowed = await this.decide(socket, `join:${room}`, () => this.roomAccess.mayJoin(socket.data.principal, room));
    if (!allowed) return { ok: false, code: 'ROOM_NOT_ALLOWED' };
    await socket.join(room);
    return { ok: true };
  }

  /**
   * A phone's first connection, after its page's reads (each answered with a mark, `X-Event-Mark`; it sends the
   * oldest) and after joining its rooms: was anything broadcast to those rooms that the reads may not have seen? If
   * not, the page need not load everything again (on a cold load it did, all of it, a second or two after the paint).
   */
  @SubscribeMessage('sync:since')
  syncSince(@ConnectedSocket() socket: AppSocket, @MessageBody() body: { mark?: unknown }): { ok: true; missed: boolean } {
    return { ok: true, missed: this.marks.missedSince(body?.mark, socket.rooms) };
  }

  @SubscribeMessage('room:leave')
  async leaveRoom(@ConnectedSocket() socket: AppSocket, @MessageBody() body: { room?: unknown }): Promise<Ack> {
    const room = typeof body?.room === 'string' ? body.room : '';
    const fixed = baseRooms(socket.data.principal);
    if (!fixed.includes(room)) await socket.leave(room);
    return { ok: true };
  }

  /**
   * "sedang mengetik…": relayed to the others in a conversation room the sender has joined (room:join checked
   * it), never stored. Only the buyer and the seller type; a facilitator reading along does not.
   */
  @SubscribeMessage('chat:typing')
  relayTyping(@ConnectedSocket() socket: AppSocket, @MessageBody() body: { conversationId?: unknown; typing?: unknown }): Ack {
    const principal = socket.data.principal;
    const conversationId = typeof body?.conversationId === 'string' ? body.conversationId : '';
    const room = rooms.conversation(conversationId);
    if (principal.kind !== 'participant' || !/^[0-9a-f-]{36}$/i.test(conversationId) || !socket.rooms.has(room)) {
      return { ok: false, code: 'ROOM_NOT_ALLOWED' };
    }
    socket.to(room).emit('chat:typing', { conversationId, participantId: principal.id, typing: body.typing !== false });
    return { ok: true };
  }

  /**
   * Installs the connection's event budget (issue 15, defect 5): every client→server event takes a token from a
   * bucket (SOCKET_EVENT_LIMITS: 20 at once, 5 a second). Over budget, the event is dropped before any handler runs:
   * its ack (or, without one, an `error` event, at most once a second) says RATE_LIMITED; a connection that goes on
   * flooding is disconnected.
   */
  private guard(socket: AppSocket): ConnectionGuard {
    const existing = this.guards.get(socket);
    if (existing) return existing;
    const guard: ConnectionGuard = { throttle: new EventThrottle(), decisions: new RoomDecisionCache(), lastErrorAt: 0 };
    this.guards.set(socket, guard);
    socket.use((packet, next) => {
      const verdict = guard.throttle.take();
      if (verdict === 'allow') return next();
      const ack = packet[packet.length - 1];
      if (typeof ack === 'function') {
        (ack as (answer: Ack) => void)(RATE_LIMITED);
      } else if (Date.now() - guard.lastErrorAt >= 1000) {
        guard.lastErrorAt = Date.now();
        socket.emit('error', { code: PLATFORM_ERROR_CODES.RATE_LIMITED, message: 'Too many events; slow down' });
      }
      if (verdict === 'disconnect') {
        this.logger.warn({ principal: socket.data.principal?.id }, 'socket disconnected for flooding events');
        socket.emit('error', { code: PLATFORM_ERROR_CODES.RATE_LIMITED, message: 'Too many events; disconnected' });
        socket.disconnect(true);
      }
      // Dropped: next() is not called, so no handler runs and nothing reaches the database.
    });
    return guard;
  }

  /** A room decision for this connection: from memory when already made, else asked once and remembered. */
  private async decide(socket: AppSocket, key: string, ask: () => Promise<boolean>): Promise<boolean> {
    const decisions = this.guard(socket).decisions;
    const known = decisions.get(key);
    if (known !== undefined) return known;
    const allowed = await ask();
    decisions.set(key, allowed);
    return allowed;
  }

  /** Sends committed events to their rooms; through the Redis adapter this reaches every node. */
  private broadcast(events: PublishedEvent[]): void {
    if (!this.server) return;
    for (const event of events) {
      if (event.type === 'auth.logged_out') {
        this.server.in(event.rooms).disconnectSockets(true);
        continue;
      }
      const { rooms: targets, ...message } = event;
      if (targets.length > 0) {
        this.marks.sent(targets);
        this.server.to(targets).emit('event', message as WireEvent);
      }
      if (event.type === 'class.facilitator_removed' && event.classId) {
        void this.dropFromClass(event.classId, (event.payload as DomainEventMap['class.facilitator_removed']).facilitatorId);
      }
    }
  }

  /**
   * A co-facilitator removed from a class (after she was told, above): her sockets, on every node, leave the class's
   * rooms, and on this node the decision that let them watch it is forgotten, so a new `class:watch` asks again.
   */
  private async dropFromClass(classId: string, facilitatorId: string): Promise<void> {
    const own = this.server.in(rooms.facilitator(facilitatorId));
    try {
      own.socketsLeave([rooms.class(classId), rooms.facilitators(classId)]);
      for (const socket of await own.local.fetchSockets()) {
        const local = socket as unknown as AppSocket;
        this.guards.get(local)?.decisions.clear();
      }
    } catch (error: unknown) {
      this.logger.error({ err: error, facilitatorId, classId }, 'could not take a removed facilitator out of the class rooms');
    }
  }
}
