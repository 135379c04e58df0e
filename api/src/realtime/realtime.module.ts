import { Global, Module } from '@nestjs/common';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { BroadcastMarks } from './broadcast-marks.js';
import { RealtimeGateway } from './realtime.gateway.js';
import { Presence } from './presence.js';
import { RoomAccess } from './room-access.js';

@Global()
@Module({
  providers: [
    RealtimeGateway,
    RoomAccess,
    Presence,
    // One node (no Redis) sees every broadcast; several do not, and their phones always load again.
    { provide: BroadcastMarks, inject: [ENV], useFactory: (env: Env) => new BroadcastMarks(!env.redisUrl) },
  ],
  exports: [RoomAccess, Presence, BroadcastMarks],
})
export class RealtimeModule {}
