import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ListNotificationsQuery, NotificationListView, NotificationUnreadView } from './dto/notification.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Requires('participant')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Newest first, in pages; with the unread count for the bell. */
  @Get()
  @ApiOkResponse({ type: NotificationListView })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListNotificationsQuery): Promise<NotificationListView> {
    return this.notifications.list(principal, query.before ?? null, query.limit);
  }

  @Get('unread')
  @ApiOkResponse({ type: NotificationUnreadView })
  async unread(@CurrentPrincipal() principal: Principal): Promise<NotificationUnreadView> {
    return { unread: await this.notifications.unread(principal) };
  }

  @Post('read-all')
  @HttpCode(204)
  @ApiNoContentResponse()
  readAll(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.notifications.markRead(principal, null);
  }

  @Post(':notificationId/read')
  @HttpCode(204)
  @ApiNoContentResponse()
  read(@CurrentPrincipal() principal: Principal, @Param('notificationId') id: string): Promise<void> {
    return this.notifications.markRead(principal, /^\d{1,18}$/.test(id) ? id : '0');
  }
}
