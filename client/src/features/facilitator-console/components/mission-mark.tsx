import type { ComponentType } from 'react';
import { IconAlert, IconBank, IconCamera, IconChat, IconCheck, IconDownload, IconPaymentCheck, IconStore, IconTruck, type IconProps } from '../../../shared/ui/icons';

// The same pictures the trainee's checklist shows beside each mission, so the wall and the phones match.
const ICONS: Record<string, ComponentType<IconProps>> = {
  shop_setup: IconStore,
  product_with_photo: IconCamera,
  chat_answered: IconChat,
  paid_order: IconPaymentCheck,
  shipped_on_time: IconTruck,
  order_completed: IconCheck,
  bank_account: IconBank,
  withdrawal: IconDownload,
  fraud_drill: IconAlert,
};

export function MissionMark({ id, ...props }: { id: string } & IconProps) {
  const Icon = ICONS[id] ?? IconCheck;
  return <Icon {...props} />;
}
