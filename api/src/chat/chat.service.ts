import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthService } from '../auth/auth.service.js';
import type { Principal } from '../auth/principal.js';
import { ProductsService } from '../catalog/products.service.js';
import { ShopsService } from '../catalog/shops.service.js';
import { ClassesService } from '../classes/classes.service.js';
import { ClockService } from '../clock/clock.service.js';
import { sideBySide } from '../common/concurrency/side-by-side.js';
import { rooms } from '../common/events/domain-event.js';
import { type Transaction, UnitOfWork } from '../common/events/unit-of-work.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { MediaService } from '../media/media.service.js';
import { type OrderCardRow, OrderReadModel } from '../orders/order-read-model.js';
import { RoomAccess } from '../realtime/room-access.js';
import { type ChatRole, MESSAGE_TEXT_MAX, shouldAutoReply } from './chat-rules.js';
import { chatErrors } from './chat.errors.js';
import { type ConversationRow, ChatRepository, type MarkColumn, type MessageRow } from './chat.repository.js';
import type {
  ChatMessageListView,
  ChatMessageView,
  ChatOrderCardView,
  ConversationListView,
  ConversationView,
  ListMessagesQuery,
  MessageKind,
  OpenConversationRequest,
  SendMessageRequest,
} from './dto/chat.dto.js';
import { flagMessage } from './message-safety.js';

export type ViewerRole = ChatRole | 'facilitator';

/** What a message says, whoever sends it: the API's request, or a persona the scenario engine plays. */
export interface MessageInput {
  /** Unique per sender: a retry with the same id returns the first message. */
  clientId: string | null;
  kind: MessageKind;
  text?: string | null;
  /** A media id (POST /api/media, or MediaService.store) uploaded by the sender. */
  mediaId?: string | null;
  productId?: string | null;
  orderId?: string | null;
}

interface Sender {
  participantId: string;
  role: ChatRole;
  /** Not an answer to anything: the shop's away reply. */
  automatic?: boolean;
}

const DEFAULT_PAGE = 50;
const LIST_LIMIT = 100;
const RECENT_ORDERS = 5;

/** Who hears a conversation's events: its room, both people, and the class's facilitators. */
export function conversationRooms(conversation: { id: string; class_id: string; buyer_id: string; seller_id: string }): string[] {
  return [
    rooms.conversation(conversation.id),
    rooms.participant(conversation.buyer_id),
    rooms.participant(conversation.seller_id),
    rooms.facilitators(conversation.class_id),
  ];
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/**
 * Buyer–seller chat: one conversation per buyer and shop, messages stored before they are acknowledged and
 * broadcast after commit, read and delivered marks, cards read live from the product and the order, and the
 * seller's quick replies and away reply. A facilitator of the class reads every conversation and writes in none.
 */
@Injectable()
export class ChatService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly chat: ChatRepository,
    private readonly products: ProductsService,
    private readonly media: MediaService,
    private readonly clock: ClockService,
    private readonly auth: AuthService,
    private readonly roomAccess: RoomAccess,
    private readonly limiter: RateLimiter,
    private readonly orders: OrderReadModel,
    private readonly shops: ShopsService,
    private readonly classes: ClassesService,
  ) {}

  onModuleInit(): void {
    this.roomAccess.register('conversation', async (principal, id) => (await this.roleOf(principal, id)) !== null);
  }

  /** "Chat Penjual" (a product or a shop) or "Chat" on an order: the conversation, with the card attached once. */
  async open(principal: Principal, request: OpenConversationRequest): Promise<ConversationView> {
    if (principal.kind !== 'participant') throw chatErrors.readOnly();
    const manager = this.dataSource.manager;
    let buyerId = principal.id;
    let shopId = request.shopId ?? null;
    let card: { kind: 'product' | 'order'; id: string } | null = null;
    if (request.orderId) {
      const order = await this.orders.parties(manager, request.orderId);
      if (!order || order.class_id !== principal.classId) throw chatErrors.orderNotFound();
      if (order.buyer_id === principal.id) buyerId = principal.id;
      else if (order.seller_id === principal.id) buyerId = order.buyer_id;
      else throw chatErrors.orderNotFound();
      if (shopId && shopId !== order.shop_id) throw chatErrors.orderNotInConversation();
      shopId = order.shop_id;
      card = { kind: 'order', id: order.id };
    } else if (request.productId) {
      const [product] = await this.products.findForCheckout(manager, principal.classId, [request.productId]);
      if (!product) throw chatErrors.productNotFound();
      if (shopId && shopId !== product.shopId) throw chatErrors.productNotInShop();
      shopId = product.shopId;
      card = { kind: 'product', id: product.id };
    }
    if (!shopId) throw chatErrors.shopNotFound();
    const shop = await this.shops.inClass(manager, shopId, principal.classId);
    if (!shop) throw chatErrors.shopNotFound();
    if (shop.participant_id === buyerId) throw chatErrors.ownShop();
    const role: ChatRole = principal.id === buyerId ? 'buyer' : 'seller';

    const simNow = await this.clock.now(principal.classId);
    return this.uow.run(async (tx) => {
      const id = await this.chat.upsertConversation(tx.manager, { classId: principal.classId, shopId: shop.id, buyerId, sellerId: shop.participant_id });
      const conversation = (await this.chat.lock(tx.manager, id))!;
      if (card) {
        // Opening the same product (or order) twice in a row attaches its card once.
        const last = await this.chat.lastMessage(tx.manager, id);
        const same = last && last.kind === card.kind && (card.kind === 'product' ? last.product_id : last.order_id) === card.id;
        if (!same) {
          const input: MessageInput = { clientId: null, kind: card.kind, [card.kind === 'product' ? 'productId' : 'orderId']: card.id };
          await this.sendLocked(tx, conversation, { participantId: principal.id, role }, input, simNow);
        }
      }
      // The answer is read in the transaction: once it commits nothing is left that could fail, so a 503 means the
      // conversation was not touched and says so (X-Nothing-Done), and the phone may ask again (issue 15, load held).
      const opened = (await this.chat.find(tx.manager, id))!;
      return (await this.conversationViews([opened], principal.id, tx.manager))[0]!;
    });
  }

  async conversation(principal: Principal, conversationId: string): Promise<ConversationView> {
    const { conversation, role } = await this.access(principal, conversationId);
    return (await this.conversationViews([conversation], role === 'facilitator' ? null : principal.id))[0]!;
  }

  /** The caller's inbox: as a buyer, and as a seller; with unread counts and the total. */
  async listMine(principal: Principal): Promise<ConversationListView> {
    if (principal.kind !== 'participant') throw chatErrors.conversationNotFound();
    const manager = this.dataSource.manager;
    const [rows, totalUnread] = await Promise.all([
      this.chat.listForParticipant(manager, principal.id, LIST_LIMIT),
      this.chat.totalUnread(manager, principal.id),
    ]);
    return { items: await this.conversationViews(rows, principal.id), totalUnread };
  }

  async unreadTotal(principal: Principal): Promise<number> {
    if (principal.kind !== 'participant') return 0;
    return this.chat.totalUnread(this.dataSource.manager, principal.id);
  }

  /** For the class's facilitators (the access guard has checked the class): all of it, or one trainee's. */
  async listForClass(classId: string, participantId: string | null): Promise<ConversationListView> {
    const rows = await this.chat.listForClass(this.dataSource.manager, classId, participantId, LIST_LIMIT);
    return { items: await this.conversationViews(rows, null), totalUnread: 0 };
  }

  /** Messages oldest first: the latest page, an older page (`before`), or everything after an id (resync). */
  async messages(principal: Principal, conversationId: string, query: ListMessagesQuery): Promise<ChatMessageListView> {
    const { conversation } = await this.access(principal, conversationId);
    const limit = query.limit ?? DEFAULT_PAGE;
    const rows = await this.chat.page(this.dataSource.manager, conversationId, {
      after: query.after ?? null,
      before: query.after ? null : (query.before ?? null),
      limit: limit + 1,
    });
    let hasOlder = false;
    let page = rows;
    if (rows.length > limit) {
      if (query.after) page = rows.slice(0, limit);
      else {
        page = rows.slice(1);
        hasOlder = true;
      }
    }
    return { items: await this.messageViews(this.dataSource.manager, conversation.class_id, page), hasOlder };
  }

  /** A buyer or the seller sends; stored and committed before the answer, broadcast after. */
  async send(principal: Principal, conversationId: string, request: SendMessageRequest): Promise<ChatMessageView> {
    const { conversation, role } = await this.access(principal, conversationId);
    if (role === 'facilitator') throw chatErrors.readOnly();
    // Far above anyone typing on a phone; it stops a stuck retry loop from flooding a conversation.
    await this.limiter.hit([{ bucket: `chat:${principal.id}`, max: 120, windowSeconds: 60 }]);
    return this.sendAs({ participantId: principal.id, role }, conversation, request);
  }

  /**
   * For other capabilities (the scenario engine's persona buyer): the buyer's conversation with the shop is
   * opened if needed, then the message is sent exactly as if the buyer had typed it. An image must first be
   * stored for the buyer with MediaService.store(bytes, { participantId: buyerId, classId }).
   */
  async sendAsBuyer(buyerId: string, shopId: string, input: MessageInput): Promise<ChatMessageView> {
    const manager = this.dataSource.manager;
    const classId = await this.classes.classOf(buyerId);
    const shop = classId ? await this.shops.inClass(manager, shopId, classId) : null;
    if (!classId || !shop) throw chatErrors.shopNotFound();
    if (shop.participant_id === buyerId) throw chatErrors.ownShop();
    const id = await this.uow.run((tx) => this.chat.upsertConversation(tx.manager, { classId, shopId, buyerId, sellerId: shop.participant_id }));
    const conversation = (await this.chat.find(manager, id))!;
    return this.sendAs({ participantId: buyerId, role: 'buyer' }, conversation, input);
  }

  /** Marks the other side's messages as received (✓✓ for the sender) or read, up to an id. */
  async mark(principal: Principal, conversationId: string, upTo: string, what: 'delivered' | 'read'): Promise<void> {
    const { conversation, role } = await this.access(principal, conversationId);
    if (role === 'facilitator') throw chatErrors.readOnly();
    const simNow = await this.clock.now(conversation.class_id);
    await this.uow.run(async (tx) => {
      const columns: MarkColumn[] = what === 'read' ? [`${role}_read_up_to`, `${role}_delivered_up_to`] : [`${role}_delivered_up_to`];
      let moved = false;
      for (const column of columns) moved = (await this.chat.advanceMark(tx.manager, conversation.id, column, upTo)) || moved;
      if (!moved) return;
      const marks = (await this.chat.find(tx.manager, conversation.id))!;
      await tx.record({
        type: what === 'read' ? 'chat.read' : 'chat.delivered',
        classId: conversation.class_id,
        actorId: principal.id,
        payload: {
          conversationId: conversation.id,
          shopId: conversation.shop_id,
          buyerId: conversation.buyer_id,
          readerId: principal.id,
          readerRole: role,
          readUpTo: role === 'buyer' ? marks.buyer_read_up_to : marks.seller_read_up_to,
          deliveredUpTo: role === 'buyer' ? marks.buyer_delivered_up_to : marks.seller_delivered_up_to,
        },
        rooms: [rooms.conversation(conversation.id), rooms.participant(conversation.buyer_id), rooms.participant(conversation.seller_id)],
        simTime: simNow,
      });
    });
  }

  /** Beside the chat: the buyer's latest orders with this shop, with their live status. */
  async recentOrders(principal: Principal, conversationId: string): Promise<ChatOrderCardView[]> {
    const { conversation } = await this.access(principal, conversationId);
    const manager = this.dataSource.manager;
    const ids = await this.orders.recentIds(manager, conversation.buyer_id, conversation.shop_id, RECENT_ORDERS);
    const cards = await this.orders.cards(manager, ids);
    return ids.filter((id) => cards.has(id)).map((id) => this.orderCard(cards.get(id)!));
  }

  // Internals.

  private async sendAs(sender: Sender, conversation: ConversationRow, input: MessageInput): Promise<ChatMessageView> {
    const simNow = await this.clock.now(conversation.class_id);
    return this.uow.run(async (tx) => {
      const locked = (await this.chat.lock(tx.manager, conversation.id))!;
      const row = await this.sendLocked(tx, locked, sender, input, simNow);
      if (sender.role === 'buyer') await this.autoReply(tx, locked, simNow);
      return (await this.messageViews(tx.manager, locked.class_id, [row]))[0]!;
    });
  }

  /** In the caller's transaction, the conversation locked: checks, stores and records one message. */
  private async sendLocked(tx: Transaction, conversation: ConversationRow, sender: Sender, input: MessageInput, simNow: Date): Promise<MessageRow> {
    const text = input.text?.trim() ? input.text.trim().slice(0, MESSAGE_TEXT_MAX) : null;
    const values = { body: text, mediaHash: null as string | null, productId: null as string | null, orderId: null as string | null };
    switch (input.kind) {
      case 'text':
        if (!text) throw chatErrors.emptyMessage();
        break;
      case 'image': {
        if (!input.mediaId) throw chatErrors.imageNotFound();
        const owned = await this.media.findOwned(tx.manager, { participantId: sender.participantId, classId: conversation.class_id }, [input.mediaId]);
        if (!owned.has(input.mediaId)) throw chatErrors.imageNotFound();
        values.mediaHash = input.mediaId;
        break;
      }
      case 'product': {
        if (!input.productId) throw chatErrors.productNotFound();
        const [product] = await this.products.findForCheckout(tx.manager, conversation.class_id, [input.productId]);
        if (!product) throw chatErrors.productNotFound();
        if (product.shopId !== conversation.shop_id) throw chatErrors.productNotInShop();
        values.productId = product.id;
        break;
      }
      case 'order': {
        if (!input.orderId) throw chatErrors.orderNotFound();
        const order = await this.orders.parties(tx.manager, input.orderId);
        if (!order || order.class_id !== conversation.class_id) throw chatErrors.orderNotFound();
        if (order.buyer_id !== conversation.buyer_id || order.shop_id !== conversation.shop_id) throw chatErrors.orderNotInConversation();
        values.orderId = order.id;
        break;
      }
    }
    const flags = flagMessage(text);
    const inserted = await this.chat.insertMessage(tx.manager, {
      conversationId: conversation.id,
      senderId: sender.participantId,
      senderRole: sender.role,
      clientId: input.clientId,
      kind: input.kind,
      ...values,
      flags,
      automatic: sender.automatic ?? false,
      simTime: simNow,
    });
    if (!inserted) {
      // A retry: the same sender already sent this client id. The same message comes back, never a second one.
      const first = (await this.chat.findByClientId(tx.manager, sender.participantId, input.clientId!))!;
      const same =
        first.conversation_id === conversation.id &&
        first.kind === input.kind &&
        first.body === values.body &&
        first.media_hash === values.mediaHash &&
        first.product_id === values.productId &&
        first.order_id === values.orderId;
      if (!same) throw chatErrors.clientIdReused();
      return first;
    }
    await tx.record({
      type: 'chat.message_sent',
      classId: conversation.class_id,
      actorId: sender.participantId,
      payload: {
        conversationId: conversation.id,
        shopId: conversation.shop_id,
        buyerId: conversation.buyer_id,
        sellerId: conversation.seller_id,
        senderId: sender.participantId,
        senderRole: sender.role,
        senderName: sender.role === 'buyer' ? conversation.buyer_name : conversation.shop_name,
        kind: input.kind,
        flags,
        automatic: inserted.automatic,
        message: (await this.messageViews(tx.manager, conversation.class_id, [inserted]))[0],
      },
      rooms: conversationRooms(conversation),
      simTime: simNow,
    });
    return inserted;
  }

  /** The shop's away reply: once per conversation per away period, marked automatic. */
  private async autoReply(tx: Transaction, conversation: ConversationRow, simNow: Date): Promise<void> {
    const settings = await this.chat.settings(tx.manager, conversation.shop_id);
    if (!settings) return;
    const due = shouldAutoReply({
      senderRole: 'buyer',
      awayEnabled: settings.away_enabled,
      awayPeriod: settings.away_period,
      answeredPeriod: conversation.auto_reply_period,
    });
    if (!due) return;
    await this.chat.setAutoReplyPeriod(tx.manager, conversation.id, settings.away_period);
    await this.sendLocked(
      tx,
      conversation,
      { participantId: conversation.seller_id, role: 'seller', automatic: true },
      { clientId: null, kind: 'text', text: settings.away_message },
      simNow,
    );
  }

  /** The buyer, the seller, or a facilitator of the class; anyone else is told it does not exist. */
  private async access(principal: Principal, conversationId: string): Promise<{ conversation: ConversationRow; role: ViewerRole }> {
    const conversation = isUuid(conversationId) ? await this.chat.find(this.dataSource.manager, conversationId) : null;
    const role = conversation ? await this.roleFor(principal, conversation) : null;
    if (!conversation || !role) throw chatErrors.conversationNotFound();
    return { conversation, role };
  }

  private async roleOf(principal: Principal, conversationId: string): Promise<ViewerRole | null> {
    const conversation = isUuid(conversationId) ? await this.chat.find(this.dataSource.manager, conversationId) : null;
    return conversation ? this.roleFor(principal, conversation) : null;
  }

  private async roleFor(principal: Principal, conversation: ConversationRow): Promise<ViewerRole | null> {
    if (principal.kind === 'participant') {
      if (principal.id === conversation.buyer_id) return 'buyer';
      if (principal.id === conversation.seller_id) return 'seller';
      return null;
    }
    return (await this.auth.canAccessClass(principal, conversation.class_id)) ? 'facilitator' : null;
  }

  private async conversationViews(rows: ConversationRow[], viewerId: string | null, manager: EntityManager = this.dataSource.manager): Promise<ConversationView[]> {
    const lastIds = rows.map((row) => row.last_message_id).filter((id): id is string => id !== null);
    const [unread, lastRows] = await sideBySide(manager, [
      () => (viewerId ? this.chat.unreadCounts(manager, viewerId, rows.map((row) => row.id)) : Promise.resolve(new Map<string, number>())),
      () => this.chat.messages(manager, lastIds),
    ]);
    const lastViews = new Map((await this.messageViews(manager, rows[0]?.class_id ?? '', lastRows)).map((view) => [view.id, view]));
    return rows.map((row) => ({
      id: row.id,
      classId: row.class_id,
      shop: { id: row.shop_id, name: row.shop_name },
      buyer: { id: row.buyer_id, name: row.buyer_name },
      seller: { id: row.seller_id, name: row.seller_name },
      viewerRole: viewerId === row.buyer_id ? 'buyer' : viewerId === row.seller_id ? 'seller' : 'facilitator',
      unread: unread.get(row.id) ?? 0,
      buyerReadUpTo: row.buyer_read_up_to,
      sellerReadUpTo: row.seller_read_up_to,
      buyerDeliveredUpTo: row.buyer_delivered_up_to,
      sellerDeliveredUpTo: row.seller_delivered_up_to,
      lastMessage: row.last_message_id ? (lastViews.get(row.last_message_id) ?? null) : null,
    }));
  }

  /** Views of stored messages of one class: images, product cards and order cards loaded in one query each. */
  private async messageViews(manager: EntityManager, classId: string, rows: MessageRow[]): Promise<ChatMessageView[]> {
    if (rows.length === 0) return [];
    const productIds = [...new Set(rows.map((row) => row.product_id).filter((id): id is string => id !== null))];
    const orderIds = [...new Set(rows.map((row) => row.order_id).filter((id): id is string => id !== null))];
    const hashes = [...new Set(rows.map((row) => row.media_hash).filter((hash): hash is string => hash !== null))];
    const [products, orders, sizes] = await sideBySide(manager, [
      () => (productIds.length === 0 ? Promise.resolve([]) : this.products.findForCheckout(manager, classId, productIds)),
      () => this.orders.cards(manager, orderIds),
      () => this.media.sizes(manager, hashes),
    ]);
    const productById = new Map(products.map((product) => [product.id, product]));
    return rows.map((row) => {
      const product = row.product_id ? productById.get(row.product_id) : undefined;
      const order = row.order_id ? orders.get(row.order_id) : undefined;
      const size = row.media_hash ? sizes.get(row.media_hash) : undefined;
      return {
        id: row.id,
        conversationId: row.conversation_id,
        clientId: row.client_id,
        senderId: row.sender_id,
        senderRole: row.sender_role,
        kind: row.kind,
        text: row.body,
        image: row.media_hash && size ? { id: row.media_hash, ...size, urls: this.media.urlsFor(row.media_hash) } : null,
        product: product
          ? {
              id: product.id,
              title: product.title,
              price: product.price,
              available: product.status === 'active' && product.stock > 0,
              photo: product.coverHash ? this.media.urlsFor(product.coverHash) : null,
            }
          : null,
        order: order ? this.orderCard(order) : null,
        flags: row.flags,
        automatic: row.automatic,
        sentAt: new Date(row.created_at).toISOString(),
        simTime: row.sim_time ? new Date(row.sim_time).toISOString() : null,
      };
    });
  }

  private orderCard(row: OrderCardRow): ChatOrderCardView {
    return {
      id: row.id,
      invoiceNumber: row.invoice_number,
      state: row.state,
      stateLabelKey: `order.state.${row.state}`,
      paid: row.paid_at !== null,
      total: row.total,
      itemCount: row.item_count ?? 0,
      firstItemTitle: row.first_title,
      photo: row.first_photo ? this.media.urlsFor(row.first_photo) : null,
    };
  }
}
