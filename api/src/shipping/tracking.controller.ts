import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClientIp, Public } from '../auth/access.decorators.js';
import { PublicTrackingView } from './dto/fulfilment.dto.js';
import { ShipmentsService } from './shipments.service.js';

/** Cek Resi. Tagged and named as when it lived with the order's fulfilment routes, so the API document is unchanged. */
@ApiTags('fulfilment')
@Controller()
export class TrackingController {
  constructor(private readonly shipments: ShipmentsService) {}

  /** Cek Resi: anyone; courier, status and city names only. */
  @Get('tracking/:resi')
  @Public()
  @ApiOperation({ operationId: 'FulfilmentController_track' })
  @ApiOkResponse({ type: PublicTrackingView })
  track(@Param('resi') resi: string, @ClientIp() ip: string): Promise<PublicTrackingView> {
    return this.shipments.trackByResi(resi, ip);
  }
}
