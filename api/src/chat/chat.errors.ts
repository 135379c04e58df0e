// Codes the chat capability owns; the client translates them as errors.<CODE>.
import { domainErrorsOf } from '../common/errors/domain-error.js';
import { catalogErrors } from '../catalog/catalog.errors.js';
import { orderErrors } from '../orders/order.errors.js';
import { QUICK_REPLY_LIMITS } from './chat-rules.js';

export const CHAT_ERROR_CODES = [
  'CONVERSATION_NOT_FOUND',
  'CHAT_READ_ONLY',
  'CHAT_OWN_SHOP',
  'CHAT_ORDER_NOT_IN_CONVERSATION',
  'CHAT_PRODUCT_NOT_IN_SHOP',
  'CHAT_IMAGE_NOT_FOUND',
  'CHAT_MESSAGE_EMPTY',
  'CHAT_CLIENT_ID_REUSED',
  'QUICK_REPLY_INVALID',
  'QUICK_REPLY_LIMIT',
  'QUICK_REPLY_NOT_FOUND',
] as const;

const error = domainErrorsOf(CHAT_ERROR_CODES);

export const chatErrors = {
  conversationNotFound: () => error(404, 'CONVERSATION_NOT_FOUND', 'No such conversation'),
  /** A facilitator reads conversations to coach; only the buyer and the seller write in them. */
  readOnly: () => error(403, 'CHAT_READ_ONLY', 'A facilitator can only read this conversation'),
  ownShop: () => error(400, 'CHAT_OWN_SHOP', 'You cannot chat with your own shop'),
  shopNotFound: catalogErrors.shopNotFound,
  productNotFound: catalogErrors.productNotFound,
  orderNotFound: orderErrors.notFound,
  /** An order card must be an order of this conversation's buyer and shop. */
  orderNotInConversation: () => error(400, 'CHAT_ORDER_NOT_IN_CONVERSATION', 'This order is not between this conversation\'s buyer and shop'),
  productNotInShop: () => error(400, 'CHAT_PRODUCT_NOT_IN_SHOP', 'This product is not one of this shop\'s'),
  imageNotFound: () => error(400, 'CHAT_IMAGE_NOT_FOUND', 'The photo has not been uploaded; send it again'),
  emptyMessage: () => error(400, 'CHAT_MESSAGE_EMPTY', 'The message is empty'),
  /** The same client id was used for a different message. */
  clientIdReused: () => error(409, 'CHAT_CLIENT_ID_REUSED', 'This clientId was already used for a different message'),
  quickReplyInvalid: () => error(400, 'QUICK_REPLY_INVALID', `A quick reply must have text, at most ${QUICK_REPLY_LIMITS.maxLength} characters`),
  quickReplyLimit: () => error(409, 'QUICK_REPLY_LIMIT', `At most ${QUICK_REPLY_LIMITS.max} quick replies`),
  quickReplyNotFound: () => error(404, 'QUICK_REPLY_NOT_FOUND', 'No such quick reply'),
  noShop: catalogErrors.noShop,
};
