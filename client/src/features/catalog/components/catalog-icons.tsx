// Line icons of the catalog (same drawing rules as shared/ui/icons.tsx), kept here so the first load does not carry them.
import type { ComponentType } from 'react';
import { Icon, type IconProps } from '../../../shared/ui/icons';
import type { ProductCategory } from '../api/product-types';

export const IconMinus = (props: IconProps) => (
  <Icon {...props}>
    <path d="M5 12h14" />
  </Icon>
);

export const IconSearch = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="10.5" cy="10.5" r="6.5" />
    <path d="M15.5 15.5L21 21" />
  </Icon>
);

export const IconScale = (props: IconProps) => (
  <Icon {...props}>
    <path d="M5 8h14l1.5 12h-17z" />
    <circle cx="12" cy="5" r="2" />
    <path d="M12 12v3.5l2-1.5" />
  </Icon>
);

export const IconTag = (props: IconProps) => (
  <Icon {...props}>
    <path d="M3 12V4h8l10 10-8 8z" />
    <circle cx="7.5" cy="8.5" r="1.5" />
  </Icon>
);

export const IconEyeOff = (props: IconProps) => (
  <Icon {...props}>
    <path d="M4 4l16 16" />
    <path d="M9.9 5.2A9.6 9.6 0 0 1 12 5c6.4 0 10 7 10 7a17 17 0 0 1-3 3.8M6.4 6.5C3.6 8.3 2 12 2 12s3.6 7 10 7c1.7 0 3.2-.5 4.5-1.2" />
    <path d="M9.9 9.9a3 3 0 0 0 4.2 4.2" />
  </Icon>
);

export const IconImage = (props: IconProps) => (
  <Icon {...props}>
    <path d="M3 4h18v16H3z" />
    <circle cx="8.5" cy="9" r="2" />
    <path d="M21 16l-5-5-9 9" />
  </Icon>
);

export const IconSend = (props: IconProps) => (
  <Icon {...props}>
    <path d="M21 3L10 14" />
    <path d="M21 3l-7 18-4-7-7-4z" />
  </Icon>
);

export const IconLeaf = (props: IconProps) => (
  <Icon {...props}>
    <path d="M5 19c0-9 5-14 15-15 0 10-5 15-14 15z" />
    <path d="M5 19l8-8" />
  </Icon>
);

export const IconSort = (props: IconProps) => (
  <Icon {...props}>
    <path d="M7 4v16M3.5 16.5L7 20l3.5-3.5" />
    <path d="M17 20V4M13.5 7.5L17 4l3.5 3.5" />
  </Icon>
);

export const IconGrid = (props: IconProps) => (
  <Icon {...props}>
    <path d="M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z" />
  </Icon>
);

// Categories: a drawing a trainee recognises before she reads the word.

const IconSugar = (props: IconProps) => (
  <Icon {...props}>
    <path d="M4 9l8-4 8 4v7l-8 4-8-4z" />
    <path d="M4 9l8 4 8-4M12 13v7" />
  </Icon>
);

const IconBamboo = (props: IconProps) => (
  <Icon {...props}>
    <path d="M8 3v18M15 3v18" />
    <path d="M6.5 8h3M6.5 15h3M13.5 6h3M13.5 13h3" />
    <path d="M15 10c2-2 4-2.5 5.5-2M8 12c-2-2-3.5-2.5-5-2" />
  </Icon>
);

const IconEgg = (props: IconProps) => (
  <Icon {...props}>
    <path d="M12 3c3.5 0 7 5.5 7 10.5A7 7 0 0 1 5 13.5C5 8.5 8.5 3 12 3z" />
  </Icon>
);

const IconFish = (props: IconProps) => (
  <Icon {...props}>
    <path d="M3 12c3-4.5 7-6 10.5-6 3 0 5.5 2.5 6.5 6-1 3.5-3.5 6-6.5 6C10 18 6 16.5 3 12z" />
    <path d="M3 12l-1 3.5M3 12l-1-3.5" />
    <circle cx="16" cy="11" r="0.8" />
  </Icon>
);

const IconCassava = (props: IconProps) => (
  <Icon {...props}>
    <path d="M5 19c-1.5-1.5 0-6 4-10s8.5-5.5 10-4-0 6-4 10-8.5 5.5-10 4z" />
    <path d="M9 9l6 6M19 5l2-2" />
  </Icon>
);

const IconBowl = (props: IconProps) => (
  <Icon {...props}>
    <path d="M3 11h18a9 9 0 0 1-18 0z" />
    <path d="M9 7c0-1.5 1-2 1-3.5M14 7c0-1.5 1-2 1-3.5" />
  </Icon>
);

const IconBasket = (props: IconProps) => (
  <Icon {...props}>
    <path d="M3 10h18l-2 10H5z" />
    <path d="M7 10l4-6M17 10l-4-6" />
    <path d="M9 14v3M12 14v3M15 14v3" />
  </Icon>
);

const CATEGORY_ICONS: Record<ProductCategory, ComponentType<IconProps>> = {
  'gula-aren': IconSugar,
  'kerajinan-bambu': IconBamboo,
  'telur-bebek': IconEgg,
  'ikan-air-tawar': IconFish,
  'olahan-singkong': IconCassava,
  'makanan-lain': IconBowl,
  'kerajinan-lain': IconBasket,
  lainnya: IconGrid,
};

export function CategoryIcon({ category, ...props }: IconProps & { category: ProductCategory }) {
  const Drawn = CATEGORY_ICONS[category];
  return <Drawn {...props} />;
}
