import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductCategory, ProductPhotoView } from '../api/product-types';
import { CategoryIcon } from './catalog-icons';
import { imageSources } from './product-image';

export interface GalleryPhoto {
  key: string;
  src: string;
  srcSet?: string;
  sizes?: string;
  /** A small version for the thumbnail row. */
  thumbSrc?: string;
  width: number;
  height: number;
}

/**
 * The product's photos: swiped sideways (CSS scroll snap, no script library), with small thumbnails to
 * jump to one. The first photo is the page's largest picture, so it loads at once; the others lazily.
 */
/** The stored photos of a product, as the gallery shows them. */
export function galleryPhotos(photos: readonly ProductPhotoView[]): GalleryPhoto[] {
  return photos.map((photo) => ({
    key: photo.id,
    ...imageSources(photo.urls, 'gallery'),
    thumbSrc: photo.urls.thumb,
    width: photo.width,
    height: photo.height,
  }));
}

export function ProductGallery({ photos, title, category }: { photos: GalleryPhoto[]; title: string; category: ProductCategory | '' }) {
  const { t } = useTranslation();
  const strip = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(0);

  if (photos.length === 0) {
    return (
      <div className="gallery gallery--empty" data-testid="gallery">
        {category ? <CategoryIcon category={category} /> : null}
        <span>{t('catalog.product.noPhoto')}</span>
      </div>
    );
  }

  const show = (index: number) => {
    const node = strip.current;
    setCurrent(index);
    if (typeof node?.scrollTo === 'function') node.scrollTo({ left: index * node.clientWidth, behavior: 'smooth' });
  };

  const onScroll = () => {
    const node = strip.current;
    if (!node || node.clientWidth === 0) return;
    setCurrent(Math.round(node.scrollLeft / node.clientWidth));
  };

  return (
    <div className="gallery" data-testid="gallery">
      <div className="gallery__strip" ref={strip} onScroll={onScroll} tabIndex={0} aria-label={t('catalog.product.photos', { count: photos.length })}>
        {photos.map((photo, index) => (
          <img
            key={photo.key}
            className="gallery__photo"
            src={photo.src}
            srcSet={photo.srcSet}
            sizes={photo.sizes}
            width={photo.width}
            height={photo.height}
            alt={t('catalog.product.photoAlt', { title, number: index + 1, count: photos.length })}
            loading={index === 0 ? 'eager' : 'lazy'}
            fetchPriority={index === 0 ? 'high' : undefined}
            decoding="async"
          />
        ))}
      </div>
      {photos.length > 1 && (
        <div className="gallery__thumbs">
          {photos.map((photo, index) => (
            <button
              key={photo.key}
              type="button"
              className="gallery__thumb"
              aria-label={t('catalog.product.showPhoto', { number: index + 1 })}
              aria-current={index === current ? 'true' : undefined}
              onClick={() => show(index)}
            >
              <img src={photo.thumbSrc ?? photo.src} width={56} height={56} alt="" loading="lazy" decoding="async" />
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
