import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { MediaUrls } from '../../media/dto/media.dto.js';
import { ORDER_STATES, type OrderState } from '../../orders/order-state.js';
import { AWAY_MESSAGE_MAX, MESSAGE_TEXT_MAX, QUICK_REPLY_LIMITS } from '../chat-rules.js';
import { MESSAGE_FLAGS, type MessageFlag } from '../message-safety.js';

export const MESSAGE_KINDS = ['text', 'image', 'product', 'order'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export const CHAT_ROLES = ['buyer', 'seller'] as const;
export const MAX_MESSAGE_PAGE = 100;

const toNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);

export class OpenConversationRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'The shop to talk to (or give orderId)' })
  @IsOptional()
  @IsUUID()
  shopId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '"Chat Penjual" on a product page: attaches its product card' })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'From an order page: attaches its order card' })
  @IsOptional()
  @IsUUID()
  orderId?: string;
}

export class SendMessageRequest {
  @ApiProperty({ example: '0b7c6c1e-4a1b-4f0e-9a57-1f0c2d3e4f50', description: 'Made by the phone, unique per sender: a retry returns the first message' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/)
  clientId!: string;

  @ApiProperty({ enum: MESSAGE_KINDS, enumName: 'ChatMessageKind' })
  @IsIn(MESSAGE_KINDS)
  kind!: MessageKind;

  @ApiPropertyOptional({ maxLength: MESSAGE_TEXT_MAX, description: 'kind text (or a caption of an image)' })
  @IsOptional()
  @IsString()
  @MaxLength(MESSAGE_TEXT_MAX)
  text?: string;

  @ApiPropertyOptional({ description: 'kind image: a media id from POST /api/media (uploaded by the sender)' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9a-f]{64}$/)
  mediaId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'kind product: a product of the conversation’s shop' })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'kind order: an order of this buyer with this shop' })
  @IsOptional()
  @IsUUID()
  orderId?: string;
}

export class ListMessagesQuery {
  @ApiPropertyOptional({ description: 'Only messages after this id, oldest first (resync after a reconnect)' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,18}$/)
  after?: string;

  @ApiPropertyOptional({ description: 'Only messages before this id (older pages)' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,18}$/)
  before?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_MESSAGE_PAGE, default: 50 })
  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(MAX_MESSAGE_PAGE)
  limit?: number;
}

export class MarkMessagesRequest {
  @ApiProperty({ example: '42', description: 'The newest message id received (or read)' })
  @IsString()
  @Matches(/^\d{1,18}$/)
  upToMessageId!: string;
}

export class QuickReplyRequest {
  @ApiProperty({ maxLength: QUICK_REPLY_LIMITS.maxLength, example: 'Stok masih tersedia, silakan diorder' })
  @IsString()
  @Length(1, QUICK_REPLY_LIMITS.maxLength * 2)
  text!: string;
}

export class ChatSettingsRequest {
  @ApiProperty({ description: 'Answer buyers automatically while away' })
  @IsBoolean()
  awayEnabled!: boolean;

  @ApiProperty({ maxLength: AWAY_MESSAGE_MAX })
  @IsString()
  @Length(1, AWAY_MESSAGE_MAX)
  awayMessage!: string;
}

export class ChatProductCardView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Gula Aren Asli Pringsewu 1 kg' })
  title!: string;

  @ApiProperty({ example: 25000 })
  price!: number;

  @ApiProperty({ description: 'Still on sale (active, in stock)' })
  available!: boolean;

  @ApiPropertyOptional({ type: MediaUrls, nullable: true })
  photo!: MediaUrls | null;
}

/** Read live from the order whenever the card is shown: a picture in chat never changes it. */
export class ChatOrderCardView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'INV/20261128/PL/0001' })
  invoiceNumber!: string;

  @ApiProperty({ enum: ORDER_STATES, enumName: 'OrderState', description: 'The system’s status, never what a message says' })
  state!: OrderState;

  @ApiProperty({ example: 'order.state.AWAITING_PAYMENT' })
  stateLabelKey!: string;

  @ApiProperty({ description: 'The payment system confirmed payment (or COD)' })
  paid!: boolean;

  @ApiProperty({ example: 36000 })
  total!: number;

  @ApiProperty({ example: 2 })
  itemCount!: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Gula Aren Asli Pringsewu 1 kg' })
  firstItemTitle!: string | null;

  @ApiPropertyOptional({ type: MediaUrls, nullable: true })
  photo!: MediaUrls | null;
}

export class ChatImageView {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  width!: number;

  @ApiProperty()
  height!: number;

  @ApiProperty({ type: MediaUrls })
  urls!: MediaUrls;
}

export class ChatMessageView {
  @ApiProperty({ example: '42', description: 'Increasing: resync with ?after=<the last id you have>' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  conversationId!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  clientId!: string | null;

  @ApiProperty({ format: 'uuid' })
  senderId!: string;

  @ApiProperty({ enum: CHAT_ROLES, enumName: 'ChatRole' })
  senderRole!: 'buyer' | 'seller';

  @ApiProperty({ enum: MESSAGE_KINDS, enumName: 'ChatMessageKind' })
  kind!: MessageKind;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Plain text: links are never made clickable' })
  text!: string | null;

  @ApiPropertyOptional({ type: ChatImageView, nullable: true })
  image!: ChatImageView | null;

  @ApiPropertyOptional({ type: ChatProductCardView, nullable: true })
  product!: ChatProductCardView | null;

  @ApiPropertyOptional({ type: ChatOrderCardView, nullable: true })
  order!: ChatOrderCardView | null;

  @ApiProperty({ enum: MESSAGE_FLAGS, enumName: 'ChatMessageFlag', isArray: true, description: 'Safety warnings to show with it' })
  flags!: MessageFlag[];

  @ApiProperty({ description: 'Sent by the shop’s away reply' })
  automatic!: boolean;

  @ApiProperty({ description: 'Real time it was stored' })
  sentAt!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The class’s simulated time' })
  simTime!: string | null;
}

export class ChatMessageListView {
  @ApiProperty({ type: ChatMessageView, isArray: true, description: 'Oldest first' })
  items!: ChatMessageView[];

  @ApiProperty({ description: 'There are older messages before the first one' })
  hasOlder!: boolean;
}

export class ChatPartyView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Toko Sriyati' })
  name!: string;
}

export class ConversationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  classId!: string;

  @ApiProperty({ type: ChatPartyView, description: 'The shop' })
  shop!: ChatPartyView;

  @ApiProperty({ type: ChatPartyView, description: 'The buyer (display name only)' })
  buyer!: ChatPartyView;

  @ApiProperty({ type: ChatPartyView, description: 'The shop’s owner' })
  seller!: ChatPartyView;

  @ApiProperty({ enum: ['buyer', 'seller', 'facilitator'], description: 'Who is looking; a facilitator only reads' })
  viewerRole!: 'buyer' | 'seller' | 'facilitator';

  @ApiProperty({ description: 'Messages of the other side the viewer has not read (0 for a facilitator)' })
  unread!: number;

  @ApiProperty({ example: '40', description: 'The buyer has read the seller’s messages up to this id' })
  buyerReadUpTo!: string;

  @ApiProperty({ example: '40' })
  sellerReadUpTo!: string;

  @ApiProperty({ example: '41', description: 'The buyer’s phone has received the seller’s messages up to this id' })
  buyerDeliveredUpTo!: string;

  @ApiProperty({ example: '41' })
  sellerDeliveredUpTo!: string;

  @ApiPropertyOptional({ type: ChatMessageView, nullable: true })
  lastMessage!: ChatMessageView | null;
}

export class ConversationListView {
  @ApiProperty({ type: ConversationView, isArray: true, description: 'Latest message first' })
  items!: ConversationView[];

  @ApiProperty({ description: 'Unread messages over all the caller’s conversations' })
  totalUnread!: number;
}

export class ChatUnreadView {
  @ApiProperty()
  total!: number;
}

export class QuickReplyView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  text!: string;
}

export class ChatSettingsView {
  @ApiProperty()
  awayEnabled!: boolean;

  @ApiProperty()
  awayMessage!: string;

  @ApiProperty({ type: QuickReplyView, isArray: true })
  quickReplies!: QuickReplyView[];

  @ApiProperty({ example: QUICK_REPLY_LIMITS.max })
  maxQuickReplies!: number;
}

export class ListClassConversationsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this trainee’s conversations (as buyer or as seller)' })
  @IsOptional()
  @IsUUID()
  participantId?: string;
}
