import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { linkTo } from '../../../shared/config/paths';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatWibTime } from '../../../shared/format/wib-date';
import { IconBox } from '../../../shared/ui/icons';
import type { ChatMessage } from '../api/chat-types';
import { shownTime, type Ticks } from '../chat-thread';
import { ChatOrderCard } from './chat-order-card';
import { SafetyBanner } from './safety-banner';

type Viewer = 'buyer' | 'seller' | 'facilitator';

const TICK_MARKS: Record<Ticks, string> = { sent: '✓', delivered: '✓✓', read: '✓✓' };

/**
 * One message. Text is shown as text: a link in it is never made clickable (a fake "promo" link is how
 * accounts get stolen). Ticks on one's own messages: ✓ stored, ✓✓ on the other phone, blue ✓✓ read.
 */
export function MessageBubble({ message, viewer, mine, ticks }: { message: ChatMessage; viewer: Viewer; mine: boolean; ticks?: Ticks }) {
  const { t } = useTranslation();
  return (
    <li className={`chat-message chat-message--${mine ? 'mine' : 'theirs'}`} data-testid="chat-message" data-kind={message.kind} data-id={message.id}>
      <div className="chat-bubble">
        {viewer === 'facilitator' && <span className="chat-bubble__sender">{t(`chat.role.${message.senderRole}`)}</span>}
        {message.automatic && <span className="chat-bubble__auto">{t('chat.message.automatic')}</span>}
        {message.kind === 'image' && message.image && (
          <img
            // Its box is set before the picture arrives (--ratio): a bubble that grew when it loaded moved the
            // composer under the sender's finger, and the page jumped under a reader.
            className="chat-bubble__image chat-bubble__image--sized"
            style={{ '--ratio': message.image.width / message.image.height } as CSSProperties}
            src={message.image.urls.card}
            width={message.image.width}
            height={message.image.height}
            alt={t('chat.message.imageAlt')}
            loading="lazy"
          />
        )}
        {message.kind === 'product' && message.product && (
          <Link className="chat-card chat-card--product" to={linkTo.storefrontProduct(message.product.id)} data-testid="chat-product-card">
            {message.product.photo && <img className="chat-card__photo" src={message.product.photo.thumb} alt="" width={64} height={64} />}
            <span className="chat-card__eyebrow">
              <IconBox /> {t('chat.card.product')}
            </span>
            <span className="chat-card__title">{message.product.title}</span>
            <span className="chat-card__line">{formatRupiah(message.product.price)}</span>
            {!message.product.available && <span className="chat-card__line">{t('chat.card.notAvailable')}</span>}
          </Link>
        )}
        {message.kind === 'order' && message.order && <ChatOrderCard order={message.order} viewer={viewer} />}
        {message.text && <p className="chat-bubble__text">{message.text}</p>}
        {message.kind === 'image' && viewer === 'seller' && !mine && <p className="chat-bubble__hint">{t('chat.message.proofHint')}</p>}
        <span className="chat-bubble__meta">
          {formatWibTime(shownTime(message))}
          {mine && ticks && (
            <span className={`chat-ticks chat-ticks--${ticks}`} data-testid="chat-ticks" data-ticks={ticks} aria-label={t(`chat.ticks.${ticks}`)}>
              {' '}
              {TICK_MARKS[ticks]}
            </span>
          )}
        </span>
      </div>
      <SafetyBanner flags={message.flags} />
    </li>
  );
}
