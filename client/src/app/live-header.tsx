// The header's live part for a class member: chat with its unread count, and the notification bell with toasts
// and the new-order sound. Loaded lazily after the first render, so the trainee's first load does not carry it.
import { useEffect } from 'react';
import { ChatHeaderLink } from '../features/chat/components/chat-header-link';
import type { AppNotification } from '../features/notifications/api/notification-types';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { SOUND_KINDS } from '../features/notifications/notification-copy';
import { playOrderSound, unlockSoundOnFirstTap } from '../features/orders/notification-sound';
import { useSession } from '../shared/auth/session';

const ringFor = (notification: AppNotification) => {
  if (SOUND_KINDS.includes(notification.kind)) playOrderSound();
};

export function LiveHeader() {
  const session = useSession();
  useEffect(() => unlockSoundOnFirstTap(), []);
  if (!session || session.kind !== 'participant') return null;
  return (
    <span className="header-icons">
      <ChatHeaderLink session={session} />
      <NotificationBell session={session} onLive={ringFor} />
    </span>
  );
}
