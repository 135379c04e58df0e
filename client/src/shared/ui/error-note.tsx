import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/http';
import { errorMessageKey } from '../i18n/error-messages';
import { IconAlert } from './icons';

/** An API error in plain words (translated by its code), announced to screen readers. */
export function ErrorNote({ error, className }: { error: ApiError | undefined; className?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className={className ? `error-note ${className}` : 'error-note'} role="alert" data-code={error.code}>
      <IconAlert />
      <span>{t(errorMessageKey(error.code))}</span>
    </p>
  );
}
