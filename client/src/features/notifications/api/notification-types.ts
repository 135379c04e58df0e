// The notifications' API shapes, named once from the generated schema.
import type { components } from '../../../shared/api/schema';

export type AppNotification = components['schemas']['NotificationView'];
export type NotificationKind = components['schemas']['NotificationKind'];
export type NotificationList = components['schemas']['NotificationListView'];
