import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import type { ParticipantSession } from '../../../shared/auth/session';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconCheck, IconRefresh } from '../../../shared/ui/icons';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { getNotifications } from '../api/get-notifications';
import { markAllNotificationsRead, markNotificationRead } from '../api/mark-notifications-read';
import type { AppNotification } from '../api/notification-types';
import { IconBell } from '../components/notification-icons';
import { useNotificationText } from '../components/notification-text';
import '../notifications.css';

/** /notifikasi: everything that happened, newest first; what arrived while the phone was offline waits here. */
export function NotificationsPage({ settings }: { settings?: ReactNode }) {
  return <ParticipantOnly>{(session) => <Centre session={session} settings={settings} />}</ParticipantOnly>;
}

function Centre({ session, settings }: { session: ParticipantSession; settings?: ReactNode }) {
  const { t } = useTranslation();
  const first = useApi(`notifications:${session.id}`, (signal) => getNotifications(undefined, signal));
  const [older, setOlder] = useState<AppNotification[]>([]);
  const [nextBefore, setNextBefore] = useState<string | null | undefined>(undefined);
  const words = useNotificationText();
  const readAll = useSubmit(markAllNotificationsRead);
  const more = useSubmit(getNotifications);

  useClassEvents({
    classId: session.classId,
    token: session.token,
    types: ['notification.created', 'notification.read'],
    onEvent: () => first.reload(),
    onResync: first.reload,
  });

  const items = [...(first.data?.items ?? []), ...older.filter((o) => !first.data?.items.some((i) => i.id === o.id))];
  const cursor = nextBefore === undefined ? first.data?.nextBefore : nextBefore;

  const open = (notification: AppNotification) => {
    if (!notification.read) void markNotificationRead(notification.id).catch(() => undefined);
  };

  return (
    <div className="page notifications" data-testid="notifications-page">
      <h1>
        <IconLabel icon={IconBell}>{t('notifications.title')}</IconLabel>
      </h1>
      {settings}
      <ErrorNote error={first.error ?? readAll.error ?? more.error} />
      {(first.data?.unread ?? 0) > 0 && (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={readAll.pending}
          onClick={() => void readAll.run().then(() => first.reload())}
        >
          <IconLabel icon={IconCheck}>{t('notifications.readAll')}</IconLabel>
        </button>
      )}
      {first.loading && (
        <p className="page-loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {first.data && items.length === 0 && <p className="hint">{t('notifications.empty')}</p>}
      <ul className="notification-list">
        {items.map((notification) => {
          const text = words(notification);
          return (
            <li key={notification.id}>
              <Link
                className={`notification card${notification.read ? '' : ' notification--unread'}`}
                to={text.link}
                onClick={() => open(notification)}
                data-testid="notification"
                data-kind={notification.kind}
              >
                <strong className="notification__title">{text.title}</strong>
                {text.body && <span>{text.body}</span>}
                <span className="hint">{formatWibDateTime(notification.simTime ?? notification.createdAt)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      {cursor && (
        <button
          type="button"
          className="button button--ghost"
          disabled={more.pending}
          onClick={() =>
            void more.run(cursor).then((page) => {
              if (!page) return;
              setOlder((current) => [...current, ...page.items]);
              setNextBefore(page.nextBefore);
            })
          }
        >
          <IconLabel icon={IconRefresh}>{t('notifications.more')}</IconLabel>
        </button>
      )}
    </div>
  );
}
