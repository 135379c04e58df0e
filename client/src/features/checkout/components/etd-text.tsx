import { useTranslation } from 'react-i18next';
import type { components } from '../../../shared/api/schema';

type Etd = components['schemas']['EtdView'];

/** "estimasi tiba 2-3 hari", "estimasi tiba 1-3 jam" */
export function EtdText({ etd }: { etd: Etd }) {
  const { t } = useTranslation();
  const range = etd.min === etd.max ? String(etd.max) : `${etd.min}-${etd.max}`;
  return <span className="etd">{etd.unit === 'day' ? t('checkout.courier.etdDays', { range, count: etd.max }) : t('checkout.courier.etdHours', { range, count: etd.max })}</span>;
}
