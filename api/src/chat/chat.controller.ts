import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClassScoped, CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ChatSettingsService } from './chat-settings.service.js';
import { ChatService } from './chat.service.js';
import {
  ChatMessageListView,
  ChatMessageView,
  ChatOrderCardView,
  ChatSettingsRequest,
  ChatSettingsView,
  ChatUnreadView,
  ConversationListView,
  ConversationView,
  ListClassConversationsQuery,
  ListMessagesQuery,
  MarkMessagesRequest,
  OpenConversationRequest,
  QuickReplyRequest,
  SendMessageRequest,
} from './dto/chat.dto.js';

@ApiTags('chat')
@ApiBearerAuth()
@Controller('chat')
export class ChatController {
  constructor(
    private readonly chat: ChatService,
    private readonly chatSettings: ChatSettingsService,
  ) {}

  /** "Chat Penjual": the caller's conversation with a shop (from a product or an order: its card is attached). */
  @Post('conversations')
  @Requires('participant', 'facilitator')
  @HttpCode(200)
  @ApiOkResponse({ type: ConversationView })
  open(@CurrentPrincipal() principal: Principal, @Body() body: OpenConversationRequest): Promise<ConversationView> {
    return this.chat.open(principal, body);
  }

  /** The caller's inbox, newest first, with unread counts. */
  @Get('conversations')
  @Requires('participant')
  @ApiOkResponse({ type: ConversationListView })
  list(@CurrentPrincipal() principal: Principal): Promise<ConversationListView> {
    return this.chat.listMine(principal);
  }

  /** The badge: unread messages over all the caller's conversations. */
  @Get('unread')
  @Requires('participant')
  @ApiOkResponse({ type: ChatUnreadView })
  async unread(@CurrentPrincipal() principal: Principal): Promise<ChatUnreadView> {
    return { total: await this.chat.unreadTotal(principal) };
  }

  /** The buyer, the seller, or a facilitator of the class (read-only); to anyone else it does not exist. */
  @Get('conversations/:conversationId')
  @ApiOkResponse({ type: ConversationView })
  get(@CurrentPrincipal() principal: Principal, @Param('conversationId', new ParseUUIDPipe()) id: string): Promise<ConversationView> {
    return this.chat.conversation(principal, id);
  }

  /** Oldest first. `after` = the last id the phone has: what it missed while offline. */
  @Get('conversations/:conversationId/messages')
  @ApiOkResponse({ type: ChatMessageListView })
  messages(
    @CurrentPrincipal() principal: Principal,
    @Param('conversationId', new ParseUUIDPipe()) id: string,
    @Query() query: ListMessagesQuery,
  ): Promise<ChatMessageListView> {
    return this.chat.messages(principal, id, query);
  }

  /** Stored before it is answered; the same clientId again returns the same message. */
  @Post('conversations/:conversationId/messages')
  @Requires('participant', 'facilitator')
  @ApiCreatedResponse({ type: ChatMessageView })
  send(
    @CurrentPrincipal() principal: Principal,
    @Param('conversationId', new ParseUUIDPipe()) id: string,
    @Body() body: SendMessageRequest,
  ): Promise<ChatMessageView> {
    return this.chat.send(principal, id, body);
  }

  /** The phone received the other side's messages up to this id (the sender sees ✓✓). */
  @Post('conversations/:conversationId/delivered')
  @Requires('participant', 'facilitator')
  @HttpCode(204)
  @ApiNoContentResponse()
  delivered(
    @CurrentPrincipal() principal: Principal,
    @Param('conversationId', new ParseUUIDPipe()) id: string,
    @Body() body: MarkMessagesRequest,
  ): Promise<void> {
    return this.chat.mark(principal, id, body.upToMessageId, 'delivered');
  }

  /** The person read the other side's messages up to this id. */
  @Post('conversations/:conversationId/read')
  @Requires('participant', 'facilitator')
  @HttpCode(204)
  @ApiNoContentResponse()
  read(
    @CurrentPrincipal() principal: Principal,
    @Param('conversationId', new ParseUUIDPipe()) id: string,
    @Body() body: MarkMessagesRequest,
  ): Promise<void> {
    return this.chat.mark(principal, id, body.upToMessageId, 'read');
  }

  /** Beside the chat: the buyer's latest orders with this shop. */
  @Get('conversations/:conversationId/orders')
  @ApiOkResponse({ type: ChatOrderCardView, isArray: true })
  orders(@CurrentPrincipal() principal: Principal, @Param('conversationId', new ParseUUIDPipe()) id: string): Promise<ChatOrderCardView[]> {
    return this.chat.recentOrders(principal, id);
  }

  /** The seller's quick replies (seeded on first use) and away reply. */
  @Get('settings')
  @Requires('trainee')
  @ApiOkResponse({ type: ChatSettingsView })
  settings(@CurrentPrincipal() principal: Principal): Promise<ChatSettingsView> {
    return this.chatSettings.settings(principal);
  }

  @Put('settings')
  @Requires('trainee')
  @ApiOkResponse({ type: ChatSettingsView })
  updateSettings(@CurrentPrincipal() principal: Principal, @Body() body: ChatSettingsRequest): Promise<ChatSettingsView> {
    return this.chatSettings.updateSettings(principal, body);
  }

  @Post('quick-replies')
  @Requires('trainee')
  @HttpCode(200)
  @ApiOkResponse({ type: ChatSettingsView })
  addQuickReply(@CurrentPrincipal() principal: Principal, @Body() body: QuickReplyRequest): Promise<ChatSettingsView> {
    return this.chatSettings.addQuickReply(principal, body.text);
  }

  @Patch('quick-replies/:quickReplyId')
  @Requires('trainee')
  @ApiOkResponse({ type: ChatSettingsView })
  updateQuickReply(
    @CurrentPrincipal() principal: Principal,
    @Param('quickReplyId', new ParseUUIDPipe()) id: string,
    @Body() body: QuickReplyRequest,
  ): Promise<ChatSettingsView> {
    return this.chatSettings.updateQuickReply(principal, id, body.text);
  }

  @Delete('quick-replies/:quickReplyId')
  @Requires('trainee')
  @ApiOkResponse({ type: ChatSettingsView })
  deleteQuickReply(@CurrentPrincipal() principal: Principal, @Param('quickReplyId', new ParseUUIDPipe()) id: string): Promise<ChatSettingsView> {
    return this.chatSettings.deleteQuickReply(principal, id);
  }
}

/** The facilitator's coaching view: every conversation of a class, or one trainee's. */
@ApiTags('chat')
@ApiBearerAuth()
@ClassScoped()
@Controller('classes/:classId/conversations')
export class ClassConversationsController {
  constructor(private readonly chat: ChatService) {}

  @Get()
  @Requires('facilitator')
  @ApiOkResponse({ type: ConversationListView })
  list(@Param('classId') classId: string, @Query() query: ListClassConversationsQuery): Promise<ConversationListView> {
    return this.chat.listForClass(classId, query.participantId ?? null);
  }
}
