import { api, callApi } from '../api/http';

/** GET /api/regions/provinces: all provinces, in official order. */
export function getProvinces(signal?: AbortSignal) {
  return callApi(api.GET('/api/regions/provinces', { signal }));
}
