import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type CreateClassRequest = components['schemas']['CreateClassRequest'];

/** POST /api/classes: a new open class with its own join code and clock. */
export function createClass(request: CreateClassRequest) {
  return callApi(api.POST('/api/classes', { body: request }));
}
