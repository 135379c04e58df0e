import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClientIp, Public } from '../auth/access.decorators.js';
import { PayerBillView, PayerLookupQuery, PayerReceiptView, PayRequest } from './dto/payer.dto.js';
import { SimulatorPayer } from './simulator-payer.service.js';

/**
 * The payer's side, the "bank app" screen marked SIMULASI: find a bill by its number (or QR link), see the
 * amount and the recipient, pay it. Public: the payer has no marketplace account, as at a real ATM.
 */
@ApiTags('payment-simulator')
@Public()
@Controller('simulator/payer')
export class SimulatorPayerController {
  constructor(private readonly simulator: SimulatorPayer) {}

  /** Rate-limited per address (every inquiry, and much harder for numbers that do not exist): no walking the number space. */
  @Get('lookup')
  @ApiOkResponse({ type: PayerBillView })
  lookup(@Query() query: PayerLookupQuery, @ClientIp() ip: string): Promise<PayerBillView> {
    return this.simulator.guarded(ip, () => this.simulator.lookup(query.channel, query.number));
  }

  @Get('qr/:id')
  @ApiOkResponse({ type: PayerBillView })
  qr(@Param('id') id: string): Promise<PayerBillView> {
    return this.simulator.lookupQr(id);
  }

  /** Refuses VA_NOT_FOUND, ALREADY_PAID, VA_CLOSED, VA_EXPIRED and AMOUNT_MISMATCH; then notifies the merchant. */
  @Post('pay')
  @HttpCode(200)
  @ApiOkResponse({ type: PayerReceiptView })
  pay(@Body() body: PayRequest, @ClientIp() ip: string): Promise<PayerReceiptView> {
    return this.simulator.guarded(ip, () => this.simulator.pay(body.channel, body.number, body.amount));
  }
}
