import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconCamera, IconClose, IconInfo, IconRefresh } from '../../../shared/ui/icons';
import type { usePhotoUploads } from '../hooks/use-photo-uploads';
import { PRODUCT_LIMITS } from '../product-draft';
import { IconImage } from './catalog-icons';

type Uploads = ReturnType<typeof usePhotoUploads>;

/**
 * The photo step: take one with the camera or pick from the gallery (up to five), each shrunk then uploaded
 * with its progress shown, and "Coba lagi" when the Wi-Fi dropped it.
 */
export function PhotoPicker({ uploads }: { uploads: Uploads }) {
  const { t } = useTranslation();
  const [leftOut, setLeftOut] = useState(0);

  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = ''; // the same photo can be picked again after removing it
    if (files.length > 0) setLeftOut(uploads.add(files, uploads.room));
  };

  return (
    <div className="photo-picker">
      {uploads.slots.length > 0 && (
        <ul className="photo-picker__list" data-testid="photo-list">
          {uploads.slots.map((slot, index) => (
            <li key={slot.key} className="photo-slot" data-status={slot.status} data-testid="photo-slot">
              <span className="photo-slot__image">
                {slot.previewUrl ? <img src={slot.previewUrl} alt={t('catalog.photo.alt', { number: index + 1 })} width={96} height={96} /> : <IconImage />}
                {index === 0 && <span className="photo-slot__cover">{t('catalog.photo.cover')}</span>}
              </span>
              <div className="photo-slot__body">
                {slot.status === 'preparing' && <p className="photo-slot__status">{t('catalog.photo.preparing')}</p>}
                {slot.status === 'waiting' && <p className="photo-slot__status">{t('catalog.photo.waiting')}</p>}
                {slot.status === 'uploading' && (
                  <>
                    <p className="photo-slot__status">{t('catalog.photo.uploading', { percent: Math.round(slot.progress * 100) })}</p>
                    <progress
                      className="photo-slot__progress"
                      max={100}
                      value={Math.round(slot.progress * 100)}
                      aria-label={t('catalog.photo.progressLabel', { number: index + 1 })}
                    />
                  </>
                )}
                {slot.status === 'done' && <p className="photo-slot__status photo-slot__status--done">{t('catalog.photo.done')}</p>}
                {slot.status === 'failed' && (
                  <>
                    <ErrorNote error={slot.error} className="error-note--compact" />
                    <button type="button" className="button button--primary button--small" onClick={() => uploads.retry(slot.key)}>
                      <IconLabel icon={IconRefresh}>{t('catalog.photo.retry')}</IconLabel>
                    </button>
                  </>
                )}
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => uploads.remove(slot.key)}
                  aria-label={t('catalog.photo.removeNumber', { number: index + 1 })}
                >
                  <IconLabel icon={IconClose}>{t('catalog.photo.remove')}</IconLabel>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      <p className="hint" data-testid="photo-count">
        {t('catalog.photo.count', { count: uploads.slots.length, max: PRODUCT_LIMITS.photosMax })}
      </p>

      {uploads.room > 0 && (
        <div className="photo-picker__add">
          <label className="button button--primary file-button">
            <input className="visually-hidden" type="file" accept="image/*" capture="environment" onChange={onFiles} data-testid="photo-camera" />
            <IconLabel icon={IconCamera}>{t('catalog.photo.takePhoto')}</IconLabel>
          </label>
          <label className="button button--secondary file-button">
            <input className="visually-hidden" type="file" accept="image/*" multiple onChange={onFiles} data-testid="photo-gallery" />
            <IconLabel icon={IconImage}>{t('catalog.photo.fromGallery')}</IconLabel>
          </label>
        </div>
      )}
      {leftOut > 0 && (
        <p className="note" role="status">
          <IconInfo className="note__icon" />
          <span>{t('catalog.photo.tooMany', { max: PRODUCT_LIMITS.photosMax })}</span>
        </p>
      )}
    </div>
  );
}
