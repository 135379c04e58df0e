import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MessageKind } from './dto/chat.dto.js';
import type { ChatRole } from './chat-rules.js';
import type { MessageFlag } from './message-safety.js';

export interface ConversationRow {
  id: string;
  class_id: string;
  shop_id: string;
  buyer_id: string;
  seller_id: string;
  buyer_read_up_to: string;
  seller_read_up_to: string;
  buyer_delivered_up_to: string;
  seller_delivered_up_to: string;
  last_message_id: string | null;
  auto_reply_period: number | null;
  shop_name: string;
  buyer_name: string;
  seller_name: string;
}

export interface MessageRow {
  id: string;
  conversation_id: string;
  sender_id: string;
  sender_role: ChatRole;
  client_id: string | null;
  kind: MessageKind;
  body: string | null;
  media_hash: string | null;
  product_id: string | null;
  order_id: string | null;
  flags: MessageFlag[];
  automatic: boolean;
  sim_time: Date | null;
  created_at: Date;
}

export interface NewMessage {
  conversationId: string;
  senderId: string;
  senderRole: ChatRole;
  clientId: string | null;
  kind: MessageKind;
  body: string | null;
  mediaHash: string | null;
  productId: string | null;
  orderId: string | null;
  flags: MessageFlag[];
  automatic: boolean;
  simTime: Date;
}

/** What an order card shows, read from the order itself each time. */
export interface ShopChatSettingsRow {
  shop_id: string;
  away_enabled: boolean;
  away_message: string;
  away_period: number;
}

const CONVERSATION_COLUMNS = `
  c.id, c.class_id, c.shop_id, c.buyer_id, c.seller_id,
  c.buyer_read_up_to::text AS buyer_read_up_to, c.seller_read_up_to::text AS seller_read_up_to,
  c.buyer_delivered_up_to::text AS buyer_delivered_up_to, c.seller_delivered_up_to::text AS seller_delivered_up_to,
  c.last_message_id::text AS last_message_id, c.auto_reply_period,
  s.name AS shop_name, b.display_name AS buyer_name, sp.display_name AS seller_name`;
const CONVERSATION_FROM = `
  FROM conversation c
  JOIN shop_profile s ON s.id = c.shop_id
  JOIN participant_profile b ON b.id = c.buyer_id
  JOIN participant_profile sp ON sp.id = c.seller_id`;
// id is a bigint shown as text: ORDER BY must name chat_message.id, or it would sort the text.
const MESSAGE_COLUMNS = `id::text AS id, conversation_id, sender_id, sender_role, client_id, kind, body, media_hash, product_id, order_id,
  flags, automatic, sim_time, created_at`;

/** Queries only: conversations, messages, read marks, quick replies and the away reply. */
@Injectable()
export class ChatRepository {
  /** Makes (or finds) the buyer's conversation with a shop; returns its id. */
  async upsertConversation(manager: EntityManager, values: { classId: string; shopId: string; buyerId: string; sellerId: string }): Promise<string> {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO conversation (class_id, shop_id, buyer_id, seller_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (buyer_id, shop_id) DO NOTHING RETURNING id`,
      [values.classId, values.shopId, values.buyerId, values.sellerId],
    );
    if (inserted[0]) return inserted[0].id;
    const found: { id: string }[] = await manager.query(`SELECT id FROM conversation WHERE buyer_id = $1 AND shop_id = $2`, [values.buyerId, values.shopId]);
    return found[0]!.id;
  }

  async find(manager: EntityManager, conversationId: string): Promise<ConversationRow | null> {
    const rows: ConversationRow[] = await manager.query(`SELECT ${CONVERSATION_COLUMNS} ${CONVERSATION_FROM} WHERE c.id = $1`, [conversationId]);
    return rows[0] ?? null;
  }

  /** Serialises the writes of one conversation (messages, the away reply, marks). */
  async lock(manager: EntityManager, conversationId: string): Promise<ConversationRow | null> {
    await manager.query(`SELECT id FROM conversation WHERE id = $1 FOR UPDATE`, [conversationId]);
    return this.find(manager, conversationId);
  }

  /** A participant's conversations (as buyer, and as the shop's seller once a message exists), newest first. */
  async listForParticipant(manager: EntityManager, participantId: string, limit: number): Promise<ConversationRow[]> {
    return manager.query(
      `SELECT ${CONVERSATION_COLUMNS} ${CONVERSATION_FROM}
        WHERE c.id IN (
          (SELECT id FROM conversation WHERE buyer_id = $1 ORDER BY last_message_id DESC NULLS LAST LIMIT $2)
          UNION ALL
          (SELECT id FROM conversation WHERE seller_id = $1 AND last_message_id IS NOT NULL ORDER BY last_message_id DESC LIMIT $2))
        ORDER BY c.last_message_id DESC NULLS LAST, c.created_at DESC
        LIMIT $2`,
      [participantId, limit],
    );
  }

  /** A class's conversations with at least one message, optionally only those of one participant. */
  async listForClass(manager: EntityManager, classId: string, participantId: string | null, limit: number): Promise<ConversationRow[]> {
    return manager.query(
      `SELECT ${CONVERSATION_COLUMNS} ${CONVERSATION_FROM}
        WHERE c.class_id = $1 AND c.last_message_id IS NOT NULL AND ($2::uuid IS NULL OR c.buyer_id = $2 OR c.seller_id = $2)
        ORDER BY c.last_message_id DESC
        LIMIT $3`,
      [classId, participantId, limit],
    );
  }

  /** Per conversation: the messages of the other side after this participant's read mark. */
  async unreadCounts(manager: EntityManager, participantId: string, conversationIds: string[]): Promise<Map<string, number>> {
    if (conversationIds.length === 0) return new Map();
    const rows: { id: string; unread: number }[] = await manager.query(
      `SELECT c.id, (SELECT count(*)::int FROM chat_message m
                      WHERE m.conversation_id = c.id
                        AND m.sender_role = CASE WHEN c.buyer_id = $1 THEN 'seller' ELSE 'buyer' END
                        AND m.id > CASE WHEN c.buyer_id = $1 THEN c.buyer_read_up_to ELSE c.seller_read_up_to END) AS unread
         FROM conversation c WHERE c.id = ANY($2::uuid[])`,
      [participantId, conversationIds],
    );
    return new Map(rows.map((row) => [row.id, row.unread]));
  }

  /** Over all of a participant's conversations: as buyer, and as seller. */
  async totalUnread(manager: EntityManager, participantId: string): Promise<number> {
    const rows: { total: number }[] = await manager.query(
      `SELECT (
         (SELECT count(*) FROM conversation c JOIN chat_message m ON m.conversation_id = c.id
           WHERE c.buyer_id = $1 AND m.sender_role = 'seller' AND m.id > c.buyer_read_up_to)
       + (SELECT count(*) FROM conversation c JOIN chat_message m ON m.conversation_id = c.id
           WHERE c.seller_id = $1 AND m.sender_role = 'buyer' AND m.id > c.seller_read_up_to))::int AS total`,
      [participantId],
    );
    return rows[0]?.total ?? 0;
  }

  /** Inserts unless this sender already used this client id; null then. */
  async insertMessage(manager: EntityManager, message: NewMessage): Promise<MessageRow | null> {
    const rows: MessageRow[] = await manager.query(
      `INSERT INTO chat_message (conversation_id, sender_id, sender_role, client_id, kind, body, media_hash, product_id, order_id, flags, automatic, sim_time)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text[], $11, $12)
       ON CONFLICT (sender_id, client_id) WHERE client_id IS NOT NULL DO NOTHING
       RETURNING ${MESSAGE_COLUMNS}`,
      [
        message.conversationId,
        message.senderId,
        message.senderRole,
        message.clientId,
        message.kind,
        message.body,
        message.mediaHash,
        message.productId,
        message.orderId,
        message.flags,
        message.automatic,
        message.simTime,
      ],
    );
    if (rows[0]) {
      await manager.query(`UPDATE conversation SET last_message_id = $2, last_message_at = now() WHERE id = $1`, [message.conversationId, rows[0].id]);
    }
    return rows[0] ?? null;
  }

  async findByClientId(manager: EntityManager, senderId: string, clientId: string): Promise<MessageRow | null> {
    const rows: MessageRow[] = await manager.query(`SELECT ${MESSAGE_COLUMNS} FROM chat_message WHERE sender_id = $1 AND client_id = $2`, [senderId, clientId]);
    return rows[0] ?? null;
  }

  async messages(manager: EntityManager, ids: string[]): Promise<MessageRow[]> {
    if (ids.length === 0) return [];
    return manager.query(`SELECT ${MESSAGE_COLUMNS} FROM chat_message WHERE id = ANY($1::bigint[]) ORDER BY chat_message.id`, [ids]);
  }

  /** Oldest first: after an id (resync), or the newest `limit` before an id (or at all). */
  async page(manager: EntityManager, conversationId: string, range: { after: string | null; before: string | null; limit: number }): Promise<MessageRow[]> {
    if (range.after !== null) {
      return manager.query(
        `SELECT ${MESSAGE_COLUMNS} FROM chat_message WHERE conversation_id = $1 AND id > $2 ORDER BY chat_message.id LIMIT $3`,
        [conversationId, range.after, range.limit],
      );
    }
    const rows: MessageRow[] = await manager.query(
      `SELECT ${MESSAGE_COLUMNS} FROM chat_message WHERE conversation_id = $1 AND ($2::bigint IS NULL OR id < $2) ORDER BY chat_message.id DESC LIMIT $3`,
      [conversationId, range.before, range.limit],
    );
    return rows.reverse();
  }

  async lastMessage(manager: EntityManager, conversationId: string): Promise<MessageRow | null> {
    const rows: MessageRow[] = await manager.query(`SELECT ${MESSAGE_COLUMNS} FROM chat_message WHERE conversation_id = $1 ORDER BY chat_message.id DESC LIMIT 1`, [conversationId]);
    return rows[0] ?? null;
  }

  /** Moves a read or delivered mark forward (never back, never past the last message); true when it moved. */
  async advanceMark(manager: EntityManager, conversationId: string, column: MarkColumn, upTo: string): Promise<boolean> {
    const rows: { id: string }[] = await manager.query(
      `WITH moved AS (
         UPDATE conversation SET ${column} = LEAST($2::bigint, COALESCE(last_message_id, 0))
          WHERE id = $1 AND ${column} < LEAST($2::bigint, COALESCE(last_message_id, 0))
          RETURNING id)
       SELECT id FROM moved`,
      [conversationId, upTo],
    );
    return rows.length > 0;
  }

  async setAutoReplyPeriod(manager: EntityManager, conversationId: string, period: number): Promise<void> {
    await manager.query(`UPDATE conversation SET auto_reply_period = $2 WHERE id = $1`, [conversationId, period]);
  }

  /** Order cards, live: state, whether paid, total, and the first line. */
  // Seller tools.

  /** The shop's settings; the first call makes them and seeds the quick replies (true then). */
  async ensureSettings(manager: EntityManager, shopId: string, awayMessage: string, quickReplies: readonly string[]): Promise<void> {
    const created: { shop_id: string }[] = await manager.query(
      `INSERT INTO shop_chat_settings (shop_id, away_message) VALUES ($1, $2) ON CONFLICT (shop_id) DO NOTHING RETURNING shop_id`,
      [shopId, awayMessage],
    );
    if (created.length === 0) return;
    await manager.query(
      `INSERT INTO quick_reply (shop_id, position, text) SELECT $1, t.position, t.text FROM unnest($2::text[]) WITH ORDINALITY AS t(text, position)`,
      [shopId, quickReplies],
    );
  }

  async settings(manager: EntityManager, shopId: string, forUpdate = false): Promise<ShopChatSettingsRow | null> {
    const rows: ShopChatSettingsRow[] = await manager.query(
      `SELECT shop_id, away_enabled, away_message, away_period FROM shop_chat_settings WHERE shop_id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [shopId],
    );
    return rows[0] ?? null;
  }

  async updateSettings(manager: EntityManager, shopId: string, values: { awayEnabled: boolean; awayMessage: string; awayPeriod: number }): Promise<void> {
    await manager.query(
      `UPDATE shop_chat_settings SET away_enabled = $2, away_message = $3, away_period = $4, updated_at = now() WHERE shop_id = $1`,
      [shopId, values.awayEnabled, values.awayMessage, values.awayPeriod],
    );
  }

  async quickReplies(manager: EntityManager, shopId: string): Promise<{ id: string; text: string }[]> {
    return manager.query(`SELECT id, text FROM quick_reply WHERE shop_id = $1 ORDER BY position, created_at`, [shopId]);
  }

  async addQuickReply(manager: EntityManager, shopId: string, text: string): Promise<void> {
    await manager.query(
      `INSERT INTO quick_reply (shop_id, position, text)
       VALUES ($1, (SELECT COALESCE(max(position), 0) + 1 FROM quick_reply WHERE shop_id = $1), $2)`,
      [shopId, text],
    );
  }

  async updateQuickReply(manager: EntityManager, shopId: string, id: string, text: string): Promise<boolean> {
    const rows = await manager.query(`WITH u AS (UPDATE quick_reply SET text = $3 WHERE id = $2 AND shop_id = $1 RETURNING id) SELECT id FROM u`, [shopId, id, text]);
    return rows.length > 0;
  }

  async deleteQuickReply(manager: EntityManager, shopId: string, id: string): Promise<boolean> {
    const rows = await manager.query(`WITH d AS (DELETE FROM quick_reply WHERE id = $2 AND shop_id = $1 RETURNING id) SELECT id FROM d`, [shopId, id]);
    return rows.length > 0;
  }
}

export type MarkColumn = 'buyer_read_up_to' | 'seller_read_up_to' | 'buyer_delivered_up_to' | 'seller_delivered_up_to';
