import type { MediaUrls } from '../api/checkout-types';
import { IconShop } from './checkout-icons';

/** A product's small square photo in a cart or checkout line (the 160 px thumb). */
export function LinePhoto({ photo }: { photo: MediaUrls | null | undefined }) {
  return (
    <span className="line__photo">
      {photo ? <img src={photo.thumb} alt="" width="64" height="64" loading="lazy" decoding="async" /> : <IconShop />}
    </span>
  );
}
