import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconChat } from '../../../shared/ui/icons';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { getConversations } from '../api/get-conversations';
import { IconSettings } from '../components/chat-icons';
import { ConversationRows } from '../components/conversation-rows';
import '../chat.css';

/** /chat: the person's conversations, newest first, with unread counts; kept live. */
export function ChatListPage() {
  return <ParticipantOnly>{(session) => <Inbox session={session} />}</ParticipantOnly>;
}

function Inbox({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const list = useApi('chat-inbox', (signal) => getConversations(signal));
  const live = useClassEvents({
    classId: session.classId,
    token: session.token,
    types: ['chat.message_sent', 'chat.read'],
    onEvent: () => list.reload(),
    onResync: list.reload,
  });
  return (
    <div className="page chat-list" data-testid="chat-list" data-live={live}>
      <h1>
        <IconLabel icon={IconChat}>{t('chat.list.title')}</IconLabel>
      </h1>
      {session.role === 'trainee' && (
        <Link className="button button--secondary button--small" to={appPaths.chatSettings}>
          <IconLabel icon={IconSettings}>{t('chat.list.settings')}</IconLabel>
        </Link>
      )}
      <ErrorNote error={list.error} />
      {list.loading && (
        <p className="page-loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {list.data && list.data.items.length === 0 && <p className="hint">{t('chat.list.empty')}</p>}
      {list.data && <ConversationRows items={list.data.items} viewer="participant" />}
    </div>
  );
}
