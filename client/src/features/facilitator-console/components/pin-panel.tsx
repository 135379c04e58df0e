import { useTranslation } from 'react-i18next';
import { formatWibTime } from '../../../shared/format/wib-date';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconClose, IconKey } from '../../../shared/ui/icons';

interface PinPanelProps {
  name: string;
  pin: string;
  expiresAt: string;
  onClose: () => void;
}

/** The PIN in big digits, to read aloud once: "0 4 8 2 1 3". It is shown only here and only now. */
export function PinPanel({ name, pin, expiresAt, onClose }: PinPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="pin-panel" role="dialog" aria-label={t('console.pin.title', { name })} data-testid="pin-panel">
      <p className="pin-panel__title">
        <IconKey />
        <span>{t('console.pin.title', { name })}</span>
      </p>
      <p className="pin-panel__pin" data-testid="pin-value" aria-label={pin.split('').join(' ')}>
        {pin.slice(0, 3)} {pin.slice(3)}
      </p>
      <p>{t('console.pin.expires', { time: formatWibTime(expiresAt) })}</p>
      <p className="hint">{t('console.pin.howTo')}</p>
      <button type="button" className="button button--secondary" onClick={onClose}>
        <IconLabel icon={IconClose}>{t('console.pin.close')}</IconLabel>
      </button>
    </section>
  );
}
