import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { homePath, useSession } from '../../../shared/auth/session';
import { appPaths, CHAT_PARAMS, linkTo } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconChat } from '../../../shared/ui/icons';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { getClassConversations } from '../api/get-conversations';
import { ConversationRows } from '../components/conversation-rows';
import '../chat.css';

/** /fasilitator/kelas/:classId/chat: every conversation of the class (or one trainee's), to read and coach. */
export function ClassConversationsPage() {
  const { t } = useTranslation();
  const classId = useParams().classId ?? '';
  const [params] = useSearchParams();
  const participantId = params.get(CHAT_PARAMS.participant) ?? undefined;
  const session = useSession();
  const list = useApi(session?.kind === 'facilitator' ? `class-chats:${classId}:${participantId ?? ''}` : null, (signal) =>
    getClassConversations(classId, participantId, signal),
  );
  const live = useClassEvents({
    classId,
    token: session?.kind === 'facilitator' ? session.token : undefined,
    watch: true,
    types: ['chat.message_sent'],
    onEvent: () => list.reload(),
    onResync: list.reload,
  });
  if (!session) return <Navigate to={appPaths.facilitatorLogin} replace />;
  if (session.kind !== 'facilitator') return <Navigate to={homePath(session)} replace />;
  return (
    <div className="page chat-list" data-testid="class-conversations" data-live={live}>
      <Link className="button button--ghost button--small back-link" to={linkTo.facilitatorClass(classId)}>
        <IconLabel icon={IconArrowLeft}>{t('chat.facilitator.back')}</IconLabel>
      </Link>
      <h1>
        <IconLabel icon={IconChat}>{t(participantId ? 'chat.facilitator.titleOne' : 'chat.facilitator.title')}</IconLabel>
      </h1>
      <p className="hint">{t('chat.facilitator.intro')}</p>
      <ErrorNote error={list.error} />
      {list.data && list.data.items.length === 0 && <p className="hint">{t('chat.facilitator.empty')}</p>}
      {list.data && <ConversationRows items={list.data.items} viewer="facilitator" />}
    </div>
  );
}
