// Pure: courier data and quotes → what the API answers (the plain-Indonesian reason goes beside each code).
import type { CourierServiceView, ShippingQuoteView } from './dto/shipping.dto.js';
import type { CourierService } from './courier-services.js';
import { etdLabel, SHIPPING_REASON_MESSAGES, type ShippingQuote } from './shipping-rate.js';
import type { ShippingZone } from '../regions/zone.js';

export function courierServiceView(service: CourierService): CourierServiceView {
  return {
    code: service.code,
    courier: service.courier,
    service: service.service,
    name: service.name,
    type: service.type,
    etd: { ...service.etd },
    etdLabel: etdLabel(service.etd),
    maxWeightKg: service.maxWeightKg,
    cod: service.cod,
    zones: Object.keys(service.rates) as ShippingZone[],
  };
}

export function shippingQuoteView(quote: ShippingQuote): ShippingQuoteView {
  return {
    zone: quote.zone,
    weightKg: quote.weightKg,
    options: quote.options.map((option) => ({ ...option, etd: { ...option.etd } })),
    excluded: quote.excluded.map((exclusion) => ({ ...exclusion, message: SHIPPING_REASON_MESSAGES[exclusion.reason] })),
    noOptionReason: quote.noOptionReason,
    noOptionMessage: quote.noOptionReason ? SHIPPING_REASON_MESSAGES[quote.noOptionReason] : null,
  };
}
