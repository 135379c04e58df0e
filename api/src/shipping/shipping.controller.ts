import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators.js';
import { CourierServiceView } from './dto/shipping.dto.js';
import { ShippingService } from './shipping.service.js';
import { courierServiceView } from './shipping-views.js';

@ApiTags('shipping')
@Controller('shipping')
export class ShippingController {
  constructor(private readonly shipping: ShippingService) {}

  /** Every courier service (codes, names, ETDs, COD): the client shows logos and names from it. Same for everyone. */
  @Get('services')
  @Public()
  @ApiOkResponse({ type: CourierServiceView, isArray: true })
  services(): CourierServiceView[] {
    return this.shipping.services().map(courierServiceView);
  }
}
