import { api, callApi } from '../../../shared/api/http';

/** GET /api/simulator/payer/qr/{id}: the bill a QRIS or GoPay code points at. */
export function lookupQr(id: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/simulator/payer/qr/{id}', { params: { path: { id } }, signal }));
}
