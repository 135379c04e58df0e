import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths, linkTo } from '../../../shared/config/paths';
import type { ClassEvent } from '../../../shared/realtime/class-event';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { IconClose } from '../../../shared/ui/icons';
import { getUnreadNotifications } from '../api/get-notifications';
import type { AppNotification } from '../api/notification-types';
import { notificationCopy, toastNeeded } from '../notification-copy';
import { IconBell } from './notification-icons';
import { useNotificationText } from './notification-text';
import '../notifications.css';

const TOAST_MS = 6000;
// One at a time: on a 360×640 phone a stack of toasts hides the screen; the bell keeps the rest.
const MAX_TOASTS = 1;

function isNotification(value: unknown): value is AppNotification {
  return typeof value === 'object' && value !== null && typeof (value as AppNotification).id === 'string' && typeof (value as AppNotification).kind === 'string';
}

/**
 * The bell in the header with its unread badge, and a toast for each notification that arrives live (not when the
 * page on screen already shows it: see toastNeeded). `onLive` lets the app ring the order sound.
 */
export function NotificationBell({ session, onLive }: { session: ParticipantSession; onLive?: (notification: AppNotification) => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const unread = useApi(`notifications-unread:${session.id}`, (signal) => getUnreadNotifications(signal));
  const [toasts, setToasts] = useState<AppNotification[]>([]);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const words = useNotificationText();
  const dismiss = useCallback((id: string) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  // A toast whose order or chat the new page shows live goes as the page opens: she tapped "Pesanan" in the bottom
  // bar rather than the toast, and it would otherwise stay over the tabs for the rest of its six seconds, telling her
  // to wait for a payment the list already shows as made, and taking taps meant for a tab. (Set while rendering the
  // new page, as React advises for state that follows a prop: no frame shows it.)
  const [toastsAt, setToastsAt] = useState(pathname);
  if (toastsAt !== pathname) {
    setToastsAt(pathname);
    setToasts((current) => current.filter((toast) => toastNeeded(pathname, notificationCopy(toast).link)));
  }

  const onEvent = useCallback(
    (event: ClassEvent) => {
      if (event.type !== 'notification.created') {
        unread.reload();
        return;
      }
      const notification = event.payload.notification;
      if (!isNotification(notification)) return;
      onLive?.(notification);
      const conversationId = notification.params.conversationId;
      const openChat = notification.kind === 'chat_message' && typeof conversationId === 'string' && pathname === linkTo.chat(conversationId);
      unread.setData((current) => (current ? { unread: current.unread + (openChat ? 0 : 1) } : current));
      // The page on screen already shows it live (the thread, the inbox, the order list or the order).
      if (!toastNeeded(pathname, notificationCopy(notification).link)) return;
      setToasts((current) => [...current.filter((toast) => toast.id !== notification.id), notification].slice(-MAX_TOASTS));
      timers.current.push(setTimeout(() => dismiss(notification.id), TOAST_MS));
    },
    [dismiss, onLive, pathname, unread],
  );

  useClassEvents({
    classId: session.classId,
    token: session.token,
    types: ['notification.created', 'notification.read', 'chat.read'],
    onEvent,
    onResync: unread.reload,
  });

  const count = unread.data?.unread ?? 0;
  return (
    <>
      <Link className="header-icon" to={appPaths.notifications} data-testid="notification-bell" aria-label={t('notifications.bell', { count })}>
        <IconBell />
        <span className="header-icon__word">{t('notifications.title')}</span>
        {count > 0 && (
          <span className="header-icon__badge" data-testid="notification-count">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </Link>
      {toasts.length > 0 && (
        <div className="toasts" role="status" aria-live="polite">
          {toasts.map((toast) => {
            const text = words(toast);
            return (
              <div key={toast.id} className="toast" data-testid="toast" data-kind={toast.kind}>
                <Link className="toast__body" to={text.link} onClick={() => dismiss(toast.id)}>
                  <strong>{text.title}</strong>
                  {text.body && <span>{text.body}</span>}
                </Link>
                <button type="button" className="toast__close" aria-label={t('notifications.dismiss')} onClick={() => dismiss(toast.id)}>
                  <IconClose />
                </button>
              </div>
            );
          })}
        </div>
      )}
    </>
  );
}
