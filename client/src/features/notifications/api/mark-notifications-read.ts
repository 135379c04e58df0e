import { api, callApi } from '../../../shared/api/http';

export function markNotificationRead(notificationId: string) {
  return callApi(api.POST('/api/notifications/{notificationId}/read', { params: { path: { notificationId } } }));
}

export function markAllNotificationsRead() {
  return callApi(api.POST('/api/notifications/read-all'));
}
