import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
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
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service.js';
import type { Principal } from '../auth/principal.js';
import { type PublishedEvent, rooms, type ServerToClientEvents, type WireEvent } from '../common/events/domain-event.js';
import { EventBus } from '../common/events/event-bus.js';
import { RoomAccess } from './room-access.js';

interface SocketData {
  principal: Principal;
}
type AppSocket = Socket<Record<string, never>, ServerToClientEvents, Record<string, never>, SocketData>;

export type Ack = { ok: true } | { ok: false; code: string };

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
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private unsubscribe?: () => void;

  @WebSocketServer()
  server!: Server<Record<string, never>, ServerToClientEvents>;

  constructor(
    private readonly auth: AuthService,
    private readonly bus: EventBus,
    private readonly roomAccess: RoomAccess,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.bus.subscribe((events) => this.broadcast(events));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  afterInit(server: Server): void {
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
    // A recovered socket gets its rooms back and the missed events replayed by socket.io itself (its token was
    // checked again by the middleware). Recovered with another token: the old rooms go, the new token's come.
    if (socket.recovered) {
      if (!(socket.data as { switched?: boolean }).switched) return;
      for (const room of [...socket.rooms]) if (room !== socket.id) await socket.leave(room);
    }
    await socket.join(baseRooms(principal));
    if (principal.kind === 'participant') {
      await this.dataSource.query(`UPDATE participant SET last_seen_at = now() WHERE id = $1`, [principal.id]).catch(() => undefined);
    }
  }

  /** A facilitator opens a class's console: they hear the class and its facilitator-only events. */
  @SubscribeMessage('class:watch')
  async watchClass(@ConnectedSocket() socket: AppSocket, @MessageBody() body: { classId?: unknown }): Promise<Ack> {
    const principal = socket.data.principal;
    const classId = typeof body?.classId === 'string' ? body.classId : '';
    if (principal.kind !== 'facilitator') return { ok: false, code: 'FORBIDDEN' };
    if (!/^[0-9a-f-]{36}$/i.test(classId) || !(await this.auth.canAccessClass(principal, classId))) {
      return { ok: false, code: 'CLASS_NOT_FOUND' };
    }
    await socket.join([rooms.class(classId), rooms.facilitators(classId)]);
    return { ok: true };
  }

  /** Joins an `order:` or `conversation:` room, when that capability says the caller may. */
  @SubscribeMessage('room:join')
  async joinRoom(@ConnectedSocket() socket: AppSocket, @MessageBody() body: { room?: unknown }): Promise<Ack> {
    const room = typeof body?.room === 'string' ? body.room : '';
    if (!(await this.roomAccess.mayJoin(socket.data.principal, room))) return { ok: false, code: 'ROOM_NOT_ALLOWED' };
    await socket.join(room);
    return { ok: true };
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

  /** Sends committed events to their rooms; through the Redis adapter this reaches every node. */
  private broadcast(events: PublishedEvent[]): void {
    if (!this.server) return;
    for (const event of events) {
      if (event.type === 'auth.logged_out') {
        this.server.in(event.rooms).disconnectSockets(true);
        continue;
      }
      const { rooms: targets, ...message } = event;
      if (targets.length > 0) this.server.to(targets).emit('event', message as WireEvent);
    }
  }
}
