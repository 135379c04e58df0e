// The notification centre (notifications) with the new-order sound switch (orders): two features, composed here.
import { useTranslation } from 'react-i18next';
import { NotificationsPage } from '../../features/notifications/routes/notifications-page';
import { useOrderSound } from '../../features/orders/hooks/use-order-sound';

function SoundSwitch() {
  const { t } = useTranslation();
  const sound = useOrderSound();
  return (
    <label className="notifications__sound">
      <input type="checkbox" checked={!sound.muted} onChange={sound.toggle} data-testid="order-sound" />
      <span>
        {t(sound.muted ? 'notifications.sound.off' : 'notifications.sound.on')}
        <span className="hint"> {t('notifications.sound.hint')}</span>
      </span>
    </label>
  );
}

export function NotificationsRoute() {
  return <NotificationsPage settings={<SoundSwitch />} />;
}
