import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type ClassDetailView = components['schemas']['ClassDetailView'];

/** GET /api/classes/{classId}: the class with its join code, join URL, QR code and facilitators. */
export function getClass(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}', { params: { path: { classId } }, signal }));
}
