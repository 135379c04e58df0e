import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PAYMENT_METHOD_CODES, type PaymentMethodCode } from '../../payments/payment-methods.js';
import { SCENARIO_IDS, type ScenarioId } from '../scenario-definitions.js';

export class DemoOrderRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'One trainee; leave out and set `all` for every trainee with an active product' })
  @IsOptional()
  @IsUUID()
  participantId?: string;

  @ApiPropertyOptional({ description: 'Every trainee with an active product in stock' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'The demo buyer; the class’s first persona when left out (one is created if none)' })
  @IsOptional()
  @IsUUID()
  personaId?: string;

  @ApiPropertyOptional({ enum: PAYMENT_METHOD_CODES, enumName: 'PaymentMethodCode', default: 'bca_va' })
  @IsOptional()
  @IsIn(PAYMENT_METHOD_CODES)
  paymentMethod?: PaymentMethodCode;

  @ApiPropertyOptional({ description: '"Bayar langsung": pay at once in the payment simulator, as a real payer would', default: false })
  @IsOptional()
  @IsBoolean()
  payNow?: boolean;
}

export class DemoOrderResultView {
  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty({ example: 'Sriyati' })
  traineeName!: string;

  @ApiProperty({ format: 'uuid' })
  shopId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  orderId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'INV/20261128/PL/12' })
  invoiceNumber!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'PAID' })
  state!: string | null;

  @ApiProperty({ type: Number, nullable: true, example: 31000 })
  total!: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'Gula Aren Asli 1 kg' })
  productTitle!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'NO_COURIER', description: 'Why this one failed (an error code), null when placed' })
  errorCode!: string | null;
}

export class DemoOrderBatchView {
  @ApiProperty({ format: 'uuid' })
  batchId!: string;

  @ApiProperty({ description: 'True when this Idempotency-Key was seen before: the same orders as then' })
  replayed!: boolean;

  @ApiProperty({ format: 'uuid' })
  personaId!: string;

  @ApiProperty({ example: 'Bu Rahma (Bandar Lampung)' })
  personaName!: string;

  @ApiProperty({ type: DemoOrderResultView, isArray: true })
  results!: DemoOrderResultView[];
}

export class StartScenarioRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'One trainee; or set `all`' })
  @IsOptional()
  @IsUUID()
  participantId?: string;

  @ApiPropertyOptional({ description: 'Every trainee (for order scenarios: every trainee with an active product)' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  personaId?: string;
}

export class ScenarioStepView {
  @ApiProperty({ example: 'placeOrder' })
  do!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The step’s data as written in the scenario' })
  with!: Record<string, unknown>;
}

export class ScenarioView {
  @ApiProperty({ enum: SCENARIO_IDS, enumName: 'ScenarioId' })
  id!: ScenarioId;

  @ApiProperty({ example: 'scenarios.fake_transfer_proof.title', description: 'i18n key of the title; `.lesson` beside it' })
  titleKey!: string;

  @ApiProperty({ type: ScenarioStepView, isArray: true })
  steps!: ScenarioStepView[];
}

export class ScenarioRunOrderView {
  @ApiProperty({ format: 'uuid' })
  orderId!: string;

  @ApiProperty()
  invoiceNumber!: string;

  @ApiProperty({ example: 'fraud_drill' })
  role!: string;

  @ApiProperty({ example: 'AWAITING_PAYMENT' })
  state!: string;
}

export class ScenarioRunView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: SCENARIO_IDS, enumName: 'ScenarioId' })
  scenarioId!: ScenarioId;

  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty()
  traineeName!: string;

  @ApiProperty({ format: 'uuid' })
  shopId!: string;

  @ApiProperty({ enum: ['running', 'waiting', 'finished', 'failed'] })
  status!: 'running' | 'waiting' | 'finished' | 'failed';

  @ApiProperty({ description: 'Steps done so far' })
  nextStep!: number;

  @ApiProperty()
  stepCount!: number;

  @ApiProperty({ type: String, nullable: true, example: 'NO_PERISHABLE_PRODUCT' })
  errorCode!: string | null;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'What each step did (e.g. the quote’s noOptionReason)' })
  outcome!: Record<string, unknown>[];

  @ApiProperty({ type: ScenarioRunOrderView, isArray: true })
  orders!: ScenarioRunOrderView[];

  @ApiProperty({ format: 'date-time' })
  startedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt!: string | null;
}
