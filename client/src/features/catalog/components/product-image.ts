// Which stored size a slot downloads. The server keeps 160 px (thumb), 480 px (card) and 960 px (full; 1280 for
// photos stored before 7 Dec 2026) on the long side; `sizes` says how wide the slot is, so a 360 px phone at 2× takes the card, never the full photo.
import type { MediaUrls } from '../api/product-types';

export type ImageSlot = 'card' | 'gallery' | 'thumb';

const SLOT_SIZES: Record<ImageSlot, string> = {
  // Two columns in a 40rem page with 16 px margins and a 12 px gap.
  card: '(min-width: 40rem) 19rem, calc(50vw - 22px)',
  gallery: '(min-width: 40rem) 38rem, calc(100vw - 32px)',
  thumb: '72px',
};

/** `src`, `srcSet` and `sizes` for a product photo in one slot. */
export function imageSources(urls: MediaUrls, slot: ImageSlot) {
  switch (slot) {
    case 'card':
      return { src: urls.card, srcSet: `${urls.thumb} 160w, ${urls.card} 480w`, sizes: SLOT_SIZES.card };
    case 'gallery':
      return { src: urls.full, srcSet: `${urls.card} 480w, ${urls.full} 960w`, sizes: SLOT_SIZES.gallery };
    case 'thumb':
      return { src: urls.thumb, srcSet: `${urls.thumb} 160w, ${urls.card} 480w`, sizes: SLOT_SIZES.thumb };
  }
}
