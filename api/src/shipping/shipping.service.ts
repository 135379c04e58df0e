import { Injectable } from '@nestjs/common';
import { RegionsService } from '../regions/regions.service.js';
import { COURIER_SERVICES, type CourierService, findCourierService } from './courier-services.js';
import { type DropPoint, dropPointsNear, loadDropPoints } from './drop-points.js';
import { loadTrackingScripts, type TrackingScript } from './tracking-plan.js';
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

  /** The drop points of this service's courier near a shop in this regency (a pickup for instant couriers). */
  dropPoints(serviceCode: string, shopRegencyCode: string): DropPoint[] {
    const service = findCourierService(serviceCode);
    const regency = this.regions.getRegency(shopRegencyCode);
    if (!service || !regency) return [];
    return dropPointsNear(loadDropPoints(this.couriers()), service.courier, { code: regency.code, label: regency.label });
  }

  /** The tracking script of a service (tracking-scripts.json); every service has one (checked at load). */
  trackingScript(serviceCode: string): TrackingScript {
    const scripts = loadTrackingScripts(COURIER_SERVICES.map((service) => service.code));
    return scripts.scripts[scripts.services[serviceCode]!]!;
  }

  /** The city name tracking shows for a regency ("Pringsewu", "Kota Bandar Lampung"). */
  cityOf(regencyCode: string): string {
    return this.regions.getRegency(regencyCode)?.name ?? regencyCode;
  }

  regencyLabel(regencyCode: string): string {
    return this.regions.getRegency(regencyCode)?.label ?? regencyCode;
  }

  private couriers(): string[] {
    return [...new Set(COURIER_SERVICES.map((service) => service.courier))];
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
