// Codes the shipping capability owns; the client translates by code.
import { DomainError } from '../common/errors/domain-error.js';

export const shippingErrors = {
  dropPointRequired: () => new DomainError(400, 'DROP_POINT_REQUIRED', 'Pilih drop point tempat paket diserahkan.'),
  unknownDropPoint: (dropPointId: string) =>
    new DomainError(400, 'UNKNOWN_DROP_POINT', 'Drop point ini bukan milik kurir pesanan ini di dekat toko Anda.', { dropPointId }),
  shipmentNotArranged: () => new DomainError(409, 'SHIPMENT_NOT_ARRANGED', 'Atur pengiriman dulu: pilih drop point, lalu cetak label.'),
  resiNotFound: () => new DomainError(404, 'RESI_NOT_FOUND', 'Nomor resi tidak ditemukan.'),
  invalidResi: () => new DomainError(400, 'INVALID_RESI', 'Nomor resi hanya berisi huruf, angka dan tanda "-", 8 sampai 40 karakter.'),
  deliveryAlreadyEnded: () => new DomainError(409, 'DELIVERY_ALREADY_ENDED', 'Paket ini sudah sampai atau sudah kembali; pengirimannya tidak bisa digagalkan lagi.'),
  resiExhausted: () => new Error('Could not draw a free resi number after several tries'),
};
