import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import type { AppNotification } from '../api/notification-types';
import { notificationCopy } from '../notification-copy';

/** A notification's title and line, in the phone's language. */
export function useNotificationText() {
  const { t } = useTranslation();
  return (notification: Pick<AppNotification, 'kind' | 'params'>) => {
    const copy = notificationCopy(notification);
    const values = {
      ...copy.values,
      amount: typeof copy.values.amount === 'number' ? formatRupiah(copy.values.amount) : '',
      shipByAt: typeof copy.values.shipByAt === 'string' && copy.values.shipByAt ? formatWibDateTime(copy.values.shipByAt) : '',
    };
    return {
      title: t(copy.titleKey as 'notifications.title', values),
      body: copy.bodyKey ? t(copy.bodyKey as 'notifications.title', values) : null,
      link: copy.link,
    };
  };
}
