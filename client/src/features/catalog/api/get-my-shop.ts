import { api, callApi } from '../../../shared/api/http';

/** GET /api/shops/mine: the trainee's shop, whose name and origin the preview shows. */
export function getMyShop(signal?: AbortSignal) {
  return callApi(api.GET('/api/shops/mine', { signal }));
}
