// Line icons of the cart and the checkout (same drawing rules as shared/ui/icons.tsx), kept here so the first load does not carry them.
import type { ComponentType } from 'react';
import { Icon, IconBank, type IconProps } from '../../../shared/ui/icons';
import type { PaymentKind } from '../api/checkout-types';

export const IconMinus = (props: IconProps) => (
  <Icon {...props}>
    <path d="M5 12h14" />
  </Icon>
);

export const IconTrash = (props: IconProps) => (
  <Icon {...props}>
    <path d="M4 7h16M10 11v6M14 11v6" />
    <path d="M6 7l1 13h10l1-13M9 7V4h6v3" />
  </Icon>
);

export const IconQr = (props: IconProps) => (
  <Icon {...props}>
    <path d="M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4z" />
    <path d="M14 14h2v2h-2zM18 14h2M14 18v2M18 18h2v2" />
  </Icon>
);

export const IconWallet = (props: IconProps) => (
  <Icon {...props}>
    <path d="M4 7h15a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a2 2 0 0 1 2-2h11v3" />
    <path d="M15 13.5h2" />
  </Icon>
);

export const IconShop = (props: IconProps) => (
  <Icon {...props}>
    <path d="M4 10v10h16V10" />
    <path d="M3 10l2-6h14l2 6z" />
    <path d="M9 20v-5h6v5" />
  </Icon>
);

export const IconCash = (props: IconProps) => (
  <Icon {...props}>
    <path d="M3 7h18v10H3z" />
    <circle cx="12" cy="12" r="2.5" />
    <path d="M6 10v4M18 10v4" />
  </Icon>
);

export const IconNote = (props: IconProps) => (
  <Icon {...props}>
    <path d="M5 4h14v16H5z" />
    <path d="M8 9h8M8 13h8M8 17h5" />
  </Icon>
);

const KIND_ICONS: Record<PaymentKind, ComponentType<IconProps>> = {
  virtual_account: IconBank,
  bill_payment: IconBank,
  qris: IconQr,
  ewallet: IconWallet,
  cstore: IconShop,
  cod: IconCash,
};

export function PaymentKindIcon({ kind }: { kind: PaymentKind }) {
  const KindIcon = KIND_ICONS[kind];
  return <KindIcon />;
}
