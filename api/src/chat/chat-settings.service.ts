import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { sideBySide } from '../common/concurrency/side-by-side.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { cleanQuickReply, DEFAULT_AWAY_MESSAGE, DEFAULT_QUICK_REPLIES, QUICK_REPLY_LIMITS } from './chat-rules.js';
import { chatErrors } from './chat.errors.js';
import { ChatRepository } from './chat.repository.js';
import type { ChatSettingsRequest, ChatSettingsView } from './dto/chat.dto.js';

/** The seller's chat tools: the away reply and the quick replies (moved out of chat.service.ts, issue #16). */
@Injectable()
export class ChatSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly chat: ChatRepository,
  ) {}

  async settings(principal: Principal): Promise<ChatSettingsView> {
    const shopId = shopOf(principal);
    await this.uow.run((tx) => this.chat.ensureSettings(tx.manager, shopId, DEFAULT_AWAY_MESSAGE, DEFAULT_QUICK_REPLIES));
    return this.settingsView(this.dataSource.manager, shopId);
  }

  async updateSettings(principal: Principal, request: ChatSettingsRequest): Promise<ChatSettingsView> {
    const shopId = shopOf(principal);
    const awayMessage = request.awayMessage.replace(/\s+/g, ' ').trim();
    if (!awayMessage) throw chatErrors.emptyMessage();
    await this.uow.run(async (tx) => {
      await this.chat.ensureSettings(tx.manager, shopId, DEFAULT_AWAY_MESSAGE, DEFAULT_QUICK_REPLIES);
      const current = (await this.chat.settings(tx.manager, shopId, true))!;
      // Going away again starts a new period: each conversation gets the away reply once per period.
      const awayPeriod = request.awayEnabled && !current.away_enabled ? current.away_period + 1 : current.away_period;
      await this.chat.updateSettings(tx.manager, shopId, { awayEnabled: request.awayEnabled, awayMessage, awayPeriod });
    });
    return this.settingsView(this.dataSource.manager, shopId);
  }

  async addQuickReply(principal: Principal, text: string): Promise<ChatSettingsView> {
    const shopId = shopOf(principal);
    const clean = cleanQuickReply(text);
    if (!clean) throw chatErrors.quickReplyInvalid();
    await this.uow.run(async (tx) => {
      await this.chat.ensureSettings(tx.manager, shopId, DEFAULT_AWAY_MESSAGE, DEFAULT_QUICK_REPLIES);
      await this.chat.settings(tx.manager, shopId, true);
      if ((await this.chat.quickReplies(tx.manager, shopId)).length >= QUICK_REPLY_LIMITS.max) throw chatErrors.quickReplyLimit();
      await this.chat.addQuickReply(tx.manager, shopId, clean);
    });
    return this.settingsView(this.dataSource.manager, shopId);
  }

  async updateQuickReply(principal: Principal, id: string, text: string): Promise<ChatSettingsView> {
    const shopId = shopOf(principal);
    const clean = cleanQuickReply(text);
    if (!clean) throw chatErrors.quickReplyInvalid();
    const found = await this.uow.run((tx) => this.chat.updateQuickReply(tx.manager, shopId, id, clean));
    if (!found) throw chatErrors.quickReplyNotFound();
    return this.settingsView(this.dataSource.manager, shopId);
  }

  async deleteQuickReply(principal: Principal, id: string): Promise<ChatSettingsView> {
    const shopId = shopOf(principal);
    const found = await this.uow.run((tx) => this.chat.deleteQuickReply(tx.manager, shopId, id));
    if (!found) throw chatErrors.quickReplyNotFound();
    return this.settingsView(this.dataSource.manager, shopId);
  }

  private async settingsView(manager: EntityManager, shopId: string): Promise<ChatSettingsView> {
    const [settings, quickReplies] = await sideBySide(manager, [() => this.chat.settings(manager, shopId), () => this.chat.quickReplies(manager, shopId)]);
    return {
      awayEnabled: settings?.away_enabled ?? false,
      awayMessage: settings?.away_message ?? DEFAULT_AWAY_MESSAGE,
      quickReplies,
      maxQuickReplies: QUICK_REPLY_LIMITS.max,
    };
  }
}

function shopOf(principal: Principal): string {
  if (principal.kind !== 'participant' || !principal.shopId) throw chatErrors.noShop();
  return principal.shopId;
}
