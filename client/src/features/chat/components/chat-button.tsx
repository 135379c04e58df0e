import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSubmit } from '../../../shared/api/use-submit';
import { linkTo } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconChat } from '../../../shared/ui/icons';
import { openConversation } from '../api/open-conversation';

/**
 * "Chat Penjual" (the buyer, from a product or an order) or "Chat Pembeli" (the seller, from an order): opens (or finds)
 * the conversation of that buyer and shop, attaching the product's or the order's card.
 */
export function ChatButton({ productId, orderId, shopId, to = 'seller' }: { productId?: string; orderId?: string; shopId?: string; to?: 'seller' | 'buyer' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useSubmit(openConversation);
  const onOpen = async () => {
    const conversation = await open.run({ productId, orderId, shopId });
    if (conversation) void navigate(linkTo.chat(conversation.id));
  };
  return (
    <div className="chat-button">
      <button type="button" className="button button--secondary" onClick={() => void onOpen()} disabled={open.pending} aria-busy={open.pending} data-testid={`chat-${to}`}>
        <IconLabel icon={IconChat}>{t(to === 'seller' ? 'chat.open.seller' : 'chat.open.buyer')}</IconLabel>
      </button>
      <ErrorNote error={open.error} />
    </div>
  );
}
