import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, callApi } from '../../../shared/api/http';
import { useApi } from '../../../shared/api/use-api';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { IconChat } from '../../../shared/ui/icons';

/** "Chat" in the header, with the unread messages over all the person's conversations. */
export function ChatHeaderLink({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const unread = useApi(`chat-unread:${session.id}`, (signal) => callApi(api.GET('/api/chat/unread', { signal })));
  useClassEvents({
    classId: session.classId,
    token: session.token,
    types: ['chat.message_sent', 'chat.read'],
    onEvent: () => unread.reload(),
    onResync: unread.reload,
  });
  const count = unread.data?.total ?? 0;
  return (
    <Link className="header-icon" to={appPaths.chats} data-testid="chat-link" aria-label={t('chat.header', { count })}>
      <IconChat />
      <span className="header-icon__word">{t('chat.list.title')}</span>
      {count > 0 && (
        <span className="header-icon__badge" data-testid="chat-count">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
