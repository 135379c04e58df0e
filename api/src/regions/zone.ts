// Pure: the shipping zone between two regencies, the zone part of a courier's rate
// (same regency, same province, same island group, or across islands; see DESIGN "Shipping").
import type { IslandGroup } from './island-group.js';

export const SHIPPING_ZONES = ['same-regency', 'same-province', 'same-island-group', 'inter-island'] as const;
export type ShippingZone = (typeof SHIPPING_ZONES)[number];

export interface RegencyRef {
  /** "18.10" */
  code: string;
  /** "18" */
  provinceCode: string;
  islandGroup: IslandGroup;
}

export function shippingZone(origin: RegencyRef, destination: RegencyRef): ShippingZone {
  if (origin.code === destination.code) return 'same-regency';
  if (origin.provinceCode === destination.provinceCode) return 'same-province';
  if (origin.islandGroup === destination.islandGroup) return 'same-island-group';
  return 'inter-island';
}
