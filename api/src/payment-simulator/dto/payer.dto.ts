import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { SIM_CHANNELS, SIM_STATUSES, type SimChannel, type SimStatus } from '../midtrans-protocol.js';

export class PayerLookupQuery {
  @ApiProperty({ enum: SIM_CHANNELS, enumName: 'SimulatorChannel' })
  @IsIn(SIM_CHANNELS)
  channel!: SimChannel;

  @ApiProperty({ example: '12708 123456', description: 'The VA number, bill key or payment code as typed (spaces and dashes are ignored)' })
  @IsString()
  @Length(1, 64)
  number!: string;
}

export class PayRequest extends PayerLookupQuery {
  @ApiProperty({ example: 36000, description: 'Whole rupiah, exactly the bill (a closed-amount VA refuses anything else)' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(999_999_999_999)
  amount!: number;
}

/** What a real VA inquiry shows: the amount and the merchant's name, nothing of the order behind it. */
export class PayerBillView {
  @ApiProperty({ format: 'uuid' })
  transactionId!: string;

  @ApiProperty({ enum: SIM_CHANNELS, enumName: 'SimulatorChannel' })
  channel!: SimChannel;

  @ApiProperty({ example: '12708123456' })
  number!: string;

  @ApiProperty({ example: 36000 })
  amount!: number;

  @ApiProperty({ example: 'Pasar Latihan – Toko Sriyati' })
  recipient!: string;

  @ApiProperty({ enum: SIM_STATUSES, enumName: 'SimulatorStatus', description: 'pending: can be paid' })
  status!: SimStatus;

  @ApiProperty({
    example: '2026-11-28T03:03:00.000Z',
    description: "Until when it can be paid, on the merchant's clock (metadata.class_clock of the charge) when it sent one, else real time",
  })
  expiresAt!: string;

}

export class PayerReceiptView {
  @ApiProperty({ format: 'uuid' })
  transactionId!: string;

  @ApiProperty({ enum: ['settlement'] })
  status!: 'settlement';

  @ApiProperty({ example: 36000 })
  amount!: number;

  @ApiProperty({ example: 'Pasar Latihan – Toko Sriyati' })
  recipient!: string;

  @ApiProperty({ example: '2026-11-28T03:01:00.000Z', description: "When it was paid, on the merchant's clock when it sent one, else real time" })
  paidAt!: string;

  @ApiProperty({ description: 'Whether the marketplace has accepted the payment notification yet (it is retried if not)' })
  merchantNotified!: boolean;
}
