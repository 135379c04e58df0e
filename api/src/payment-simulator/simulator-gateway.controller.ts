import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.decorators.js';
import { type MidtransReply, SimulatorGateway } from './simulator-gateway.service.js';

/** Where the Midtrans-compatible routes live (create-app.ts parses their bodies leniently). */
export const SIMULATOR_GATEWAY_PATH = '/api/simulator/v2';

/**
 * The gateway side: a Midtrans Core API subset under `/api/simulator` (so the base URL is
 * `http://host:port/api/simulator`). Public for the marketplace's guard: it checks its own Basic auth,
 * and answers in Midtrans' shape, not the marketplace's error shape. Documented by Midtrans, not in our OpenAPI.
 */
@ApiExcludeController()
@Public()
@Controller('simulator')
export class SimulatorGatewayController {
  constructor(private readonly simulator: SimulatorGateway) {}

  @Post('v2/charge')
  @HttpCode(200)
  async charge(
    @Headers('authorization') authorization: string | undefined,
    @Headers('x-override-notification') overrideNotification: string | undefined,
    @Headers('host') host: string | undefined,
    @Body() body: Record<string, unknown>,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<Record<string, unknown>> {
    if (!this.simulator.authenticate(authorization)) return send(res, this.simulator.unauthorized());
    // Midtrans takes up to three comma-separated URLs; the simulator notifies the first.
    const override = overrideNotification?.split(',')[0]?.trim() || undefined;
    return send(res, await this.simulator.charge(body, override, host));
  }

  @Get('v2/:id/status')
  async status(
    @Headers('authorization') authorization: string | undefined,
    @Headers('host') host: string | undefined,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<Record<string, unknown>> {
    if (!this.simulator.authenticate(authorization)) return send(res, this.simulator.unauthorized());
    return send(res, await this.simulator.status(id, host));
  }

  @Post('v2/:id/cancel')
  @HttpCode(200)
  async cancel(@Headers('authorization') authorization: string | undefined, @Param('id') id: string, @Res({ passthrough: true }) res: FastifyReply) {
    if (!this.simulator.authenticate(authorization)) return send(res, this.simulator.unauthorized());
    return send(res, await this.simulator.merchantChange(id, 'cancel'));
  }

  @Post('v2/:id/expire')
  @HttpCode(200)
  async expire(@Headers('authorization') authorization: string | undefined, @Param('id') id: string, @Res({ passthrough: true }) res: FastifyReply) {
    if (!this.simulator.authenticate(authorization)) return send(res, this.simulator.unauthorized());
    return send(res, await this.simulator.merchantChange(id, 'expire'));
  }

  /** The QR of a QRIS or GoPay charge (Midtrans' `generate-qr-code` action): it opens the payer page when scanned. */
  @Get('v2/qris/:id/qr-code')
  async qrCode(@Param('id') id: string, @Headers('host') host: string | undefined, @Res() res: FastifyReply): Promise<void> {
    const png = await this.simulator.qrPng(id, host);
    if (!png) throw new NotFoundException('No such QR transaction');
    void res.header('Cache-Control', 'private, max-age=300').type('image/png').send(png);
  }
}

function send(res: FastifyReply, reply: MidtransReply): Record<string, unknown> {
  void res.code(reply.httpStatus);
  return reply.body;
}
