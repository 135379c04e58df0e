import { type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { type Session, useSession } from '../../../shared/auth/session';
import { appPaths, linkTo } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconEye, IconRefresh } from '../../../shared/ui/icons';
import { getChatSettings } from '../api/chat-settings';
import { ticksFor } from '../chat-thread';
import { Composer, type PrepareImage } from '../components/composer';
import { MessageBubble } from '../components/message-bubble';
import { RecentOrders } from '../components/recent-orders';
import { useChatThread } from '../hooks/use-chat-thread';
import '../chat.css';

/** /chat/:conversationId: the buyer and the seller write; the class's facilitator reads along. */
export function ChatPage({ prepareImage }: { prepareImage?: PrepareImage }) {
  const conversationId = useParams().conversationId ?? '';
  const session = useSession();
  if (!session) return <Navigate to={appPaths.join} replace />;
  return <Thread key={conversationId} conversationId={conversationId} session={session} prepareImage={prepareImage} />;
}

/** Near the bottom when the page is at most this far from it: a reader scrolled up to old messages is left there. */
const NEAR_BOTTOM_PX = 120;

/**
 * Opens at the newest message and keeps it in view while the thread grows (a new message, a picture that loaded,
 * a "Coba lagi" that appeared), unless the reader scrolled up.
 */
function useStickToNewest(list: RefObject<HTMLOListElement | null>, end: RefObject<HTMLDivElement | null>, count: number) {
  const stick = useRef(true);
  useEffect(() => {
    const onScroll = () => {
      const root = document.scrollingElement ?? document.documentElement;
      stick.current = root.scrollHeight - (root.scrollTop + window.innerHeight) <= NEAR_BOTTOM_PX;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);
  useEffect(() => {
    stick.current = true;
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [count, end]);
  useEffect(() => {
    const node = list.current;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (stick.current) end.current?.scrollIntoView?.({ block: 'end' });
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [list, end]);
}

function Thread({ conversationId, session, prepareImage }: { conversationId: string; session: Session; prepareImage?: PrepareImage }) {
  const { t } = useTranslation();
  const thread = useChatThread(conversationId, session);
  const conversation = thread.conversation.data;
  const role = conversation?.viewerRole;
  const settings = useApi(role === 'seller' ? 'chat-settings' : null, (signal) => getChatSettings(signal));
  const end = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const count = thread.messages.length + thread.pending.length;
  useStickToNewest(list, end, count);

  const back =
    role === 'facilitator' && conversation
      ? { to: linkTo.facilitatorConversations(conversation.classId), label: t('chat.page.backFacilitator') }
      : { to: appPaths.chats, label: t('chat.page.back') };
  const title = !conversation
    ? t('chat.page.title')
    : role === 'buyer'
      ? conversation.shop.name
      : role === 'seller'
        ? conversation.buyer.name
        : t('chat.page.between', { shop: conversation.shop.name, buyer: conversation.buyer.name });
  const lastOrder = [...thread.messages].reverse().find((m) => m.order)?.order;

  return (
    <div className="page chat-page" data-testid="chat-page" data-live={thread.live} data-role={role}>
      <header className="chat-page__head">
        <Link className="button button--ghost button--small back-link" to={back.to}>
          <IconLabel icon={IconArrowLeft}>{back.label}</IconLabel>
        </Link>
        <h1 className="chat-page__title" data-testid="chat-title">
          {title}
        </h1>
        <p className="hint chat-page__status" role="status">
          {thread.otherTyping ? t('chat.page.typing') : thread.live === 'live' ? t('chat.page.live') : thread.live === 'offline' ? t('chat.page.offline') : ''}
        </p>
      </header>
      <ErrorNote error={thread.conversation.error ?? thread.loadError} />
      {role === 'facilitator' && (
        <p className="note" data-testid="read-only-note">
          <IconEye className="note__icon" />
          <span>{t('chat.page.readOnly')}</span>
        </p>
      )}
      {(role === 'seller' || role === 'facilitator') && (
        <RecentOrders conversationId={conversationId} viewer={role} refreshKey={`${lastOrder?.id ?? ''}:${lastOrder?.state ?? ''}`} />
      )}
      {thread.hasOlder && (
        <button type="button" className="button button--ghost button--small" onClick={() => void thread.loadOlder()}>
          <IconLabel icon={IconRefresh}>{t('chat.page.older')}</IconLabel>
        </button>
      )}
      {!thread.loaded && (
        <p className="page-loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {thread.loaded && count === 0 && <p className="hint chat-page__empty">{t(role === 'seller' ? 'chat.page.emptySeller' : 'chat.page.empty')}</p>}
      <ol ref={list} className="chat-thread" aria-live="polite" data-testid="chat-thread">
        {conversation &&
          role &&
          thread.messages.map((message) => {
            const mine = role !== 'facilitator' && message.senderRole === role;
            return <MessageBubble key={message.id} message={message} viewer={role} mine={mine} ticks={mine ? ticksFor(message, conversation) : undefined} />;
          })}
        {thread.pending.map((message) => (
          <li
            key={message.clientId}
            className="chat-message chat-message--mine chat-message--pending"
            data-testid="chat-pending"
            data-state={message.failed ? 'failed' : message.waiting ? 'waiting' : 'sending'}
          >
            <div className="chat-bubble">
              {message.previewUrl && <img className="chat-bubble__image" src={message.previewUrl} alt={t('chat.message.imageAlt')} />}
              {message.text && <p className="chat-bubble__text">{message.text}</p>}
              <span className="chat-bubble__meta">{message.failed ? t('chat.message.failed') : message.waiting ? t('chat.message.waiting') : t('chat.message.sending')}</span>
              {message.failed && (
                <span className="button-row">
                  <button type="button" className="button button--small button--secondary" onClick={() => void thread.retry(message)}>
                    <IconLabel icon={IconRefresh}>{t('chat.message.retry')}</IconLabel>
                  </button>
                  <button type="button" className="button button--small button--ghost" onClick={() => thread.discard(message.clientId)}>
                    {t('common.cancel')}
                  </button>
                </span>
              )}
            </div>
          </li>
        ))}
      </ol>
      {(role === 'buyer' || role === 'seller') && (
        <Composer
          draftKey={`${session.id}:${conversationId}`}
          onSend={(body, preview) => thread.send(body, preview)}
          onTyping={thread.typing}
          quickReplies={role === 'seller' ? (settings.data?.quickReplies ?? []) : undefined}
          prepareImage={prepareImage}
        />
      )}
      {/* After the composer: scrolled to, the newest message sits just above it, never behind it. */}
      <div ref={end} className="chat-page__end" />
    </div>
  );
}
