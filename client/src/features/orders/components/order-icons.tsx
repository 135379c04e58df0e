// Line icons of the order pages (same drawing rules as shared/ui/icons.tsx), kept here so the first load does not carry them.
import { Icon, type IconProps } from '../../../shared/ui/icons';

export const IconCopy = (props: IconProps) => (
  <Icon {...props}>
    <path d="M9 9h11v11H9z" />
    <path d="M5 15H4V4h11v1" />
  </Icon>
);

export const IconBell = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z" />
    <path d="M10 20.5a2 2 0 0 0 4 0" />
  </Icon>
);

export const IconBellOff = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6 16V11a6 6 0 0 1 9.5-4.9M18 11v5l2 2H7" />
    <path d="M10 20.5a2 2 0 0 0 4 0M3 3l18 18" />
  </Icon>
);

export const IconBan = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="12" cy="12" r="9" />
    <path d="M5.6 5.6l12.8 12.8" />
  </Icon>
);

export const IconHand = (props: IconProps) => (
  <Icon {...props}>
    <path d="M8 13V5.5a1.5 1.5 0 0 1 3 0V11M11 10V4.5a1.5 1.5 0 0 1 3 0V11M14 10.5V6a1.5 1.5 0 0 1 3 0v8a6 6 0 0 1-6 6h-1a6 6 0 0 1-4.7-2.3L3 14.5a1.5 1.5 0 0 1 2.3-1.9L8 15" />
  </Icon>
);

export const IconPhone = (props: IconProps) => (
  <Icon {...props}>
    <path d="M7 3h10v18H7z" />
    <path d="M11 18h2" />
  </Icon>
);

export const IconQr = (props: IconProps) => (
  <Icon {...props}>
    <path d="M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4z" />
    <path d="M14 14h2v2h-2zM18 14h2M14 18v2M18 18h2v2" />
  </Icon>
);
