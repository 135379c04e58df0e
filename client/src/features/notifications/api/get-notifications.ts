import { api, callApi } from '../../../shared/api/http';

/** GET /api/notifications: newest first, in pages, with the unread count. */
export function getNotifications(before?: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/notifications', { params: { query: before ? { before } : {} }, signal }));
}

/** GET /api/notifications/unread: the bell's badge. */
export function getUnreadNotifications(signal?: AbortSignal) {
  return callApi(api.GET('/api/notifications/unread', { signal }));
}
