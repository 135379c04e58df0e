import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import { MISSION_IDS, type MissionId, type MissionState } from '../mission-checks.js';

const MISSION_STATES = ['done', 'todo', 'failed'] as const;

export class MissingHintView {
  @ApiProperty({ example: 'missions.missing.shipPaidOrder', description: 'An i18n key; the client holds the words' })
  key!: string;

  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] }, example: { invoiceNumber: 'INV/20261128/PL/7' } })
  params!: Record<string, string | number>;
}

export class MissionResultView {
  @ApiProperty({ enum: MISSION_IDS, enumName: 'MissionId' })
  id!: MissionId;

  @ApiProperty({ enum: MISSION_STATES, enumName: 'MissionState' })
  state!: MissionState;

  @ApiProperty({ type: MissingHintView, nullable: true, description: 'What is missing (todo) or what went wrong (failed)' })
  missing!: MissingHintView | null;

  @ApiProperty({ example: '/toko/pesanan?tab=perlu_dikirim', description: 'The client path the mission’s button opens' })
  target!: string;
}

export class MyMissionsView {
  @ApiProperty({ type: MissionResultView, isArray: true, description: 'The class’s enabled missions, in its order' })
  missions!: MissionResultView[];

  @ApiProperty({ example: 3 })
  doneCount!: number;

  @ApiProperty({ example: 9 })
  total!: number;
}

export class MissionSettingInput {
  @ApiProperty({ enum: MISSION_IDS, enumName: 'MissionId' })
  @IsIn(MISSION_IDS)
  id!: MissionId;

  @ApiProperty()
  @IsBoolean()
  enabled!: boolean;
}

export class UpdateMissionSettingsRequest {
  @ApiProperty({ type: MissionSettingInput, isArray: true, description: 'Every mission exactly once, in the order the trainees see them' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MISSION_IDS.length)
  @ValidateNested({ each: true })
  @Type(() => MissionSettingInput)
  missions!: MissionSettingInput[];
}

export class MissionSettingView {
  @ApiProperty({ enum: MISSION_IDS, enumName: 'MissionId' })
  id!: MissionId;

  @ApiProperty()
  enabled!: boolean;

  @ApiProperty({ example: 0 })
  position!: number;
}

export class MissionSettingsView {
  @ApiProperty({ type: MissionSettingView, isArray: true })
  missions!: MissionSettingView[];
}

export class GridMissionView {
  @ApiProperty({ enum: MISSION_IDS, enumName: 'MissionId' })
  id!: MissionId;

  @ApiProperty({ example: 18, description: '"18/30 sudah …": trainees who have done it' })
  doneCount!: number;

  @ApiProperty({ example: 1, description: 'Trainees who failed it (the fraud drill)' })
  failedCount!: number;

  @ApiProperty({ example: 30 })
  total!: number;
}

export class GridCellView {
  @ApiProperty({ enum: MISSION_IDS, enumName: 'MissionId' })
  id!: MissionId;

  @ApiProperty({ enum: MISSION_STATES, enumName: 'MissionState' })
  state!: MissionState;
}

export class GridTraineeView {
  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty({ example: 'Sriyati' })
  name!: string;

  @ApiProperty({ format: 'uuid' })
  shopId!: string;

  @ApiProperty({ example: 'Toko Sriyati' })
  shopName!: string;

  @ApiProperty({ type: GridCellView, isArray: true, description: 'One cell per enabled mission, in the class order' })
  missions!: GridCellView[];

  @ApiProperty({ example: 4 })
  doneCount!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The trainee’s last recorded action (real time)' })
  lastActivityAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The last time the trainee’s phone called the API' })
  lastSeenAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  joinedAt!: string;

  @ApiProperty({ example: 540, description: 'Seconds since the last action (or since joining): "idle longest" sorts by it' })
  idleSeconds!: number;
}

export class MissionGridView {
  @ApiProperty({ format: 'date-time' })
  generatedAt!: string;

  @ApiProperty({ type: GridMissionView, isArray: true, description: 'The enabled missions in class order, with counters' })
  missions!: GridMissionView[];

  @ApiProperty({ type: GridTraineeView, isArray: true, description: 'In joining order' })
  trainees!: GridTraineeView[];

  @ApiProperty({ type: String, isArray: true, format: 'uuid', description: 'Up to 5 trainees, idle longest first' })
  idleLongest!: string[];
}

export class FeedQuery {
  @ApiPropertyOptional({ description: 'Activity id: only older rows (the previous page’s nextBefore)' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,18}$/)
  before?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 30 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this trainee’s rows (as actor, or about their shop)' })
  @IsOptional()
  @Matches(/^[0-9a-f-]{36}$/i)
  participantId?: string;
}

export class FeedTextView {
  @ApiProperty({ example: 'feed.product.created', description: 'An i18n key under feed.* (the event type; unknown types: use feed.unknown)' })
  key!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, example: { actor: 'Sriyati', title: 'Gula Aren 1 kg' } })
  params!: Record<string, string | number | boolean>;
}

export class FeedItemView {
  @ApiProperty({ example: '1234' })
  id!: string;

  @ApiProperty({ example: 'product.created' })
  type!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  simTime!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Sriyati' })
  actorName!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  shopId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Toko Sriyati' })
  shopName!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The order it is about, when it is about one' })
  orderId!: string | null;

  @ApiProperty({ type: FeedTextView })
  text!: FeedTextView;
}

export class FeedPageView {
  @ApiProperty({ type: FeedItemView, isArray: true, description: 'Newest first' })
  items!: FeedItemView[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `before` for the next (older) page' })
  nextBefore!: string | null;
}

export class DrillProductView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  price!: number;

  @ApiProperty()
  stock!: number;

  @ApiProperty({ enum: ['active', 'inactive'] })
  status!: string;

  @ApiProperty()
  photoCount!: number;

  @ApiProperty({ type: String, nullable: true, description: 'The cover photo’s thumbnail URL' })
  thumbnailUrl!: string | null;
}

export class DrillOrderView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  invoiceNumber!: string;

  @ApiProperty({ example: 'PAID' })
  state!: string;

  @ApiProperty()
  total!: number;

  @ApiProperty({ example: 'bca_va' })
  paymentMethod!: string;

  @ApiProperty({ example: 'Bu Rahma' })
  buyerName!: string;

  @ApiProperty({ format: 'date-time', description: 'Sim time' })
  placedAt!: string;

  @ApiProperty({ type: String, nullable: true, example: 'fraud_drill', description: 'Set when a scenario placed it' })
  scenarioRole!: string | null;
}

export class DrillConversationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  buyerName!: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  lastMessageAt!: string | null;

  @ApiProperty()
  messageCount!: number;
}

export class TraineeDrillView {
  @ApiProperty({ type: GridTraineeView })
  trainee!: GridTraineeView;

  @ApiProperty({ type: String, nullable: true })
  shopDescription!: string | null;

  @ApiProperty({ type: MissionResultView, isArray: true })
  missions!: MissionResultView[];

  @ApiProperty({ type: DrillProductView, isArray: true })
  products!: DrillProductView[];

  @ApiProperty({ type: DrillOrderView, isArray: true, description: 'The shop’s 30 newest orders' })
  orders!: DrillOrderView[];

  @ApiProperty({ type: DrillConversationView, isArray: true, description: 'The shop’s conversations (empty until chat exists)' })
  conversations!: DrillConversationView[];

  @ApiProperty({ type: FeedItemView, isArray: true, description: 'The trainee’s 20 latest feed rows' })
  recent!: FeedItemView[];
}
