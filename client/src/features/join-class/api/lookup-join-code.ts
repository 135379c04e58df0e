import { api, callApi } from '../../../shared/api/http';

/** GET /api/join/{code}: the open class with this code (name, place, date), or JOIN_CODE_UNKNOWN / CLASS_CLOSED. */
export function lookupJoinCode(code: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/join/{code}', { params: { path: { code } }, signal }));
}
