import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconCheck } from '../../../shared/ui/icons';
import { copyText } from '../copy-text';
import { IconCopy } from './order-icons';

/** "Salin": copies the number, then says "Tersalin" for a moment. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <button type="button" className="button button--secondary button--small copy-button" onClick={() => void copyText(text).then(setCopied)} aria-label={label}>
      <IconLabel icon={copied ? IconCheck : IconCopy}>{copied ? t('orders.pay.copied') : t('orders.pay.copy')}</IconLabel>
    </button>
  );
}
