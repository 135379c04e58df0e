import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ClassScoped, Public, Requires } from '../auth/access.decorators.js';
import { NotificationAck, PayNowView } from './dto/payment.dto.js';
import { PaymentsService } from './payments.service.js';

/** The webhook's full path, and its body cap (create-app.ts parses its body before the global parser). */
export const WEBHOOK_PATH = '/api/payments/notifications';
export const WEBHOOK_BODY_LIMIT = 16 * 1024;

@ApiTags('payments')
@Controller()
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  /**
   * The gateway's HTTP notification (Midtrans format). Public: its signature_key is its credential. The body is
   * read as it comes (no DTO: the validation pipe would refuse the gateway's many fields), then verified.
   */
  @Post('payments/notifications')
  @Public()
  @HttpCode(200)
  @ApiBody({ schema: { type: 'object', additionalProperties: true, description: 'A Midtrans HTTP notification' } })
  @ApiOkResponse({ type: NotificationAck })
  notification(@Body() body: Record<string, unknown>, @Req() req: FastifyRequest): Promise<NotificationAck> {
    return this.payments.handleNotification(body, req.ip ?? null);
  }

  /** A facilitator pays a demo order now, through the simulator's payer side, so the webhook settles it. */
  @Post('classes/:classId/orders/:orderId/pay-now')
  @ApiBearerAuth()
  @ClassScoped()
  @Requires('facilitator')
  @HttpCode(200)
  @ApiOkResponse({ type: PayNowView })
  payNow(@Param('classId') classId: string, @Param('orderId', new ParseUUIDPipe()) orderId: string): Promise<PayNowView> {
    return this.payments.payNow(classId, orderId);
  }
}
