import { Injectable } from '@nestjs/common';
import { RegionsService } from '../regions/regions.service.js';
import { COURIER_SERVICES, type CourierService, findCourierService } from './courier-services.js';
import { type ParcelItem, quoteServices, type ShippingQuote } from './shipping-rate.js';

export interface QuoteInput {
  originRegencyCode: string;
  destinationRegencyCode: string;
  items: readonly ParcelItem[];
  /** The shortest shelf life among the items, in days; null when nothing spoils. */
  perishableShelfLifeDays: number | null;
}

/** The courier services and their rates between two regencies; the public surface of `shipping`. */
@Injectable()
export class ShippingService {
  constructor(private readonly regions: RegionsService) {}

  services(): readonly CourierService[] {
    return COURIER_SERVICES;
  }

  findService(code: string): CourierService | undefined {
    return findCourierService(code);
  }

  /** Every service offered with its price and ETD, or excluded with a reason. UNKNOWN_REGENCY (400) for a bad code. */
  quote(input: QuoteInput): ShippingQuote {
    return quoteServices({
      zone: this.regions.zoneBetween(input.originRegencyCode, input.destinationRegencyCode),
      items: input.items,
      perishableShelfLifeDays: input.perishableShelfLifeDays,
      services: COURIER_SERVICES,
    });
  }
}
