import type { ComponentType, ReactNode } from 'react';
import type { IconProps } from './icons';

/** An icon beside its word: the pairing every action and label in the app uses. */
export function IconLabel({ icon: IconComponent, children }: { icon: ComponentType<IconProps>; children: ReactNode }) {
  return (
    <>
      <IconComponent />
      <span>{children}</span>
    </>
  );
}
