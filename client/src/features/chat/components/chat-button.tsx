import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSubmit } from '../../../shared/api/use-submit';
import { linkTo } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconChat } from '../../../shared/ui/icons';
import { openConversation } from '../api/open-conversation';

/** "Chat Penjual": opens (or finds) the conversation with the shop, attaching the product's or the order's card. */
export function ChatButton({ productId, orderId, shopId }: { productId?: string; orderId?: string; shopId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useSubmit(openConversation);
  const onOpen = async () => {
    const conversation = await open.run({ productId, orderId, shopId });
    if (conversation) void navigate(linkTo.chat(conversation.id));
  };
  return (
    <div className="chat-button">
      <button type="button" className="button button--secondary" onClick={() => void onOpen()} disabled={open.pending} aria-busy={open.pending} data-testid="chat-seller">
        <IconLabel icon={IconChat}>{t('chat.open.seller')}</IconLabel>
      </button>
      <ErrorNote error={open.error} />
    </div>
  );
}
