import { api, callApi } from '../../../shared/api/http';

/** GET /api/health: resolves when the app and its database answer, throws an ApiError otherwise. */
export function getHealth(signal?: AbortSignal) {
  return callApi(api.GET('/api/health', { signal }));
}
