// The bell (same drawing rules as shared/ui/icons.tsx), in the lazily loaded header chunk.
import { Icon, type IconProps } from '../../../shared/ui/icons';

export const IconBell = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z" />
    <path d="M10 20.5a2 2 0 0 0 4 0" />
  </Icon>
);
