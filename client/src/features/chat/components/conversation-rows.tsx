import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { linkTo } from '../../../shared/config/paths';
import { formatWibTime } from '../../../shared/format/wib-date';
import { shownTime } from '../chat-thread';
import type { Conversation } from '../api/chat-types';

/** Rows of conversations: the other side's name, the last message, the time and the unread count. */
export function ConversationRows({ items, viewer }: { items: Conversation[]; viewer: 'participant' | 'facilitator' }) {
  const { t } = useTranslation();
  return (
    <ul className="chat-rows">
      {items.map((conversation) => {
        const last = conversation.lastMessage;
        const name =
          viewer === 'facilitator'
            ? t('chat.page.between', { shop: conversation.shop.name, buyer: conversation.buyer.name })
            : conversation.viewerRole === 'buyer'
              ? conversation.shop.name
              : conversation.buyer.name;
        const preview = !last ? t('chat.list.noMessages') : last.text ? last.text : t(`chat.list.kind.${last.kind}`);
        return (
          <li key={conversation.id}>
            <Link className="chat-row card" to={linkTo.chat(conversation.id)} data-testid="chat-row">
              <span className="chat-row__name">
                {name}
                {viewer === 'participant' && <span className="chat-row__role">{t(`chat.list.as.${conversation.viewerRole}`)}</span>}
              </span>
              <span className="chat-row__preview">{preview}</span>
              <span className="chat-row__meta">
                {last && formatWibTime(shownTime(last))}
                {conversation.unread > 0 && (
                  <span className="count-badge" data-testid="chat-unread" aria-label={t('chat.list.unread', { count: conversation.unread })}>
                    {conversation.unread}
                  </span>
                )}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
