// Codes the shipping capability owns; the client translates by code.
import { domainErrorsOf } from '../common/errors/domain-error.js';

export const SHIPPING_ERROR_CODES = [
  'DROP_POINT_REQUIRED',
  'UNKNOWN_DROP_POINT',
  'SHIPMENT_NOT_ARRANGED',
  'RESI_NOT_FOUND',
  'INVALID_RESI',
  'DELIVERY_ALREADY_ENDED',
] as const;

const error = domainErrorsOf(SHIPPING_ERROR_CODES);

export const shippingErrors = {
  dropPointRequired: () => error(400, 'DROP_POINT_REQUIRED', 'Choose the drop point where the parcel is handed over'),
  unknownDropPoint: (dropPointId: string) =>
    error(400, 'UNKNOWN_DROP_POINT', 'This drop point is not one of this order\'s courier near your shop', { dropPointId }),
  shipmentNotArranged: () => error(409, 'SHIPMENT_NOT_ARRANGED', 'Arrange the shipment first: choose a drop point, then print the label'),
  resiNotFound: () => error(404, 'RESI_NOT_FOUND', 'No parcel has this resi number'),
  invalidResi: () => error(400, 'INVALID_RESI', 'A resi number has 8 to 40 letters, digits and "-"'),
  deliveryAlreadyEnded: () => error(409, 'DELIVERY_ALREADY_ENDED', 'This parcel was already delivered or returned; its delivery can no longer fail'),
  resiExhausted: () => new Error('Could not draw a free resi number after several tries'),
};
