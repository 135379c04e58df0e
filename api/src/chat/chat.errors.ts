// Codes the chat capability owns; the client translates them as errors.<CODE>.
import { DomainError } from '../common/errors/domain-error.js';
import { catalogErrors } from '../catalog/catalog.errors.js';
import { orderErrors } from '../orders/order.errors.js';
import { QUICK_REPLY_LIMITS } from './chat-rules.js';

export const chatErrors = {
  conversationNotFound: () => new DomainError(404, 'CONVERSATION_NOT_FOUND', 'Percakapan tidak ditemukan.'),
  /** A facilitator reads conversations to coach; only the buyer and the seller write in them. */
  readOnly: () => new DomainError(403, 'CHAT_READ_ONLY', 'Fasilitator hanya bisa membaca percakapan ini.'),
  ownShop: () => new DomainError(400, 'CHAT_OWN_SHOP', 'Anda tidak bisa chat dengan toko sendiri.'),
  shopNotFound: catalogErrors.shopNotFound,
  productNotFound: () => new DomainError(404, 'PRODUCT_NOT_FOUND', 'Produk tidak ditemukan.'),
  orderNotFound: orderErrors.notFound,
  /** An order card must be an order of this conversation's buyer and shop. */
  orderNotInConversation: () => new DomainError(400, 'CHAT_ORDER_NOT_IN_CONVERSATION', 'Pesanan ini bukan pesanan di percakapan ini.'),
  productNotInShop: () => new DomainError(400, 'CHAT_PRODUCT_NOT_IN_SHOP', 'Produk ini bukan produk toko ini.'),
  imageNotFound: () => new DomainError(400, 'CHAT_IMAGE_NOT_FOUND', 'Foto belum terunggah. Coba kirim lagi.'),
  emptyMessage: () => new DomainError(400, 'CHAT_MESSAGE_EMPTY', 'Pesan masih kosong.'),
  /** The same client id was used for a different message. */
  clientIdReused: () => new DomainError(409, 'CHAT_CLIENT_ID_REUSED', 'This clientId was already used for a different message'),
  invalidCursor: () => new DomainError(400, 'INVALID_CURSOR', 'The cursor is not a message id'),
  quickReplyInvalid: () =>
    new DomainError(400, 'QUICK_REPLY_INVALID', `Balasan cepat harus diisi, paling panjang ${QUICK_REPLY_LIMITS.maxLength} huruf.`),
  quickReplyLimit: () => new DomainError(409, 'QUICK_REPLY_LIMIT', `Paling banyak ${QUICK_REPLY_LIMITS.max} balasan cepat.`),
  quickReplyNotFound: () => new DomainError(404, 'QUICK_REPLY_NOT_FOUND', 'Balasan cepat tidak ditemukan.'),
  noShop: catalogErrors.noShop,
};
