import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { ClassesModule } from '../classes/classes.module.js';
import { ClockModule } from '../clock/clock.module.js';
import { MediaModule } from '../media/media.module.js';
import { OrdersModule } from '../orders/orders.module.js';
import { ChatController, ClassConversationsController } from './chat.controller.js';
import { ChatRepository } from './chat.repository.js';
import { ChatSettingsService } from './chat-settings.service.js';
import { ChatService } from './chat.service.js';

/** Buyer–seller chat; registers the `conversation` room on start-up. ChatService is the surface (sendAsBuyer for personas). */
@Module({
  imports: [CatalogModule, ClassesModule, ClockModule, MediaModule, OrdersModule],
  controllers: [ChatController, ClassConversationsController],
  providers: [ChatService, ChatSettingsService, ChatRepository],
  exports: [ChatService],
})
export class ChatModule {}
