import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { NOTIFICATION_KINDS, type NotificationKind } from '../notification-rules.js';

export const MAX_NOTIFICATION_PAGE = 50;

const toNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);

export class ListNotificationsQuery {
  @ApiPropertyOptional({ description: 'nextBefore of the previous page' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,18}$/)
  before?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_NOTIFICATION_PAGE, default: 20 })
  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(MAX_NOTIFICATION_PAGE)
  limit?: number;
}

export class NotificationView {
  @ApiProperty({ example: '17' })
  id!: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind', description: 'The client words it and links it to its screen' })
  kind!: NotificationKind;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }], nullable: true },
    example: { orderId: '…', invoiceNumber: 'INV/20261128/PL/0001' },
  })
  params!: Record<string, string | number | boolean | null>;

  @ApiProperty()
  read!: boolean;

  @ApiProperty({ description: 'Real time' })
  createdAt!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The class’s simulated time' })
  simTime!: string | null;
}

export class NotificationListView {
  @ApiProperty({ type: NotificationView, isArray: true, description: 'Newest first' })
  items!: NotificationView[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as before for the next page; null on the last' })
  nextBefore!: string | null;

  @ApiProperty()
  unread!: number;
}

export class NotificationUnreadView {
  @ApiProperty()
  unread!: number;
}
