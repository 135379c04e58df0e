import type { ComponentType } from 'react';
import { IconAlert, IconBank, IconCamera, IconChat, IconCheck, IconDownload, IconPaymentCheck, IconStore, IconTruck, type IconProps } from './icons';

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

/** The picture beside each mission, so that it is recognised before it is read; the console's grid shows the same ones. */
export function MissionIcon({ id, ...props }: { id: string } & IconProps) {
  const Icon = ICONS[id] ?? IconCheck;
  return <Icon {...props} />;
}
