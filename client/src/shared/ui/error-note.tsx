import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/http';
import { errorMessageKey, type ErrorMessageKey } from '../i18n/error-messages';
import { IconAlert } from './icons';

/**
 * An API error in plain words (translated by its code), announced to screen readers. `wordsFor` lets a screen say a
 * generic code its own way (checkout says "this order was already placed" for a reused Idempotency-Key).
 */
export function ErrorNote({
  error,
  className,
  wordsFor,
}: {
  error: ApiError | undefined;
  className?: string;
  wordsFor?: Partial<Record<string, ErrorMessageKey>>;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className={className ? `error-note ${className}` : 'error-note'} role="alert" data-code={error.code}>
      <IconAlert />
      <span>{t(wordsFor?.[error.code] ?? errorMessageKey(error.code))}</span>
    </p>
  );
}
