import { Global, Module } from '@nestjs/common';
import { RealtimeGateway } from './realtime.gateway.js';
import { RoomAccess } from './room-access.js';

@Global()
@Module({ providers: [RealtimeGateway, RoomAccess], exports: [RoomAccess] })
export class RealtimeModule {}
