// Line icons of the bank app (same drawing rules as shared/ui/icons.tsx), kept here so the first load does not carry them.
import { Icon, type IconProps } from '../../../shared/ui/icons';

export const IconSearchDoc = (props: IconProps) => (
  <Icon {...props}>
    <path d="M13 3H6v18h6" />
    <path d="M13 3l5 5v3M9 8h3M9 12h2" />
    <circle cx="17" cy="16.5" r="3" />
    <path d="M19.2 18.7L21 20.5" />
  </Icon>
);
