import { api, callApi } from '../api/http';

/** GET /api/regions/provinces/{code}/regencies: its regencies, labelled "Kab. Pringsewu", "Kota Metro". */
export function getRegencies(provinceCode: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/regions/provinces/{code}/regencies', { params: { path: { code: provinceCode } }, signal }));
}
