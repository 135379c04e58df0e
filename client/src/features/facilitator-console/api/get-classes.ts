import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type ClassView = components['schemas']['ClassView'];

/** GET /api/classes: the classes this facilitator runs (all of them for an admin). */
export function getClasses(signal?: AbortSignal) {
  return callApi(api.GET('/api/classes', { signal }));
}
