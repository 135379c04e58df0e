import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconClose } from '../../../shared/ui/icons';
import { refuseOrder } from '../api/refuse-order';
import type { OrderDetail } from '../api/order-types';
import { IconBan } from './order-icons';

const QUICK_REASONS = ['outOfStock', 'cannotShip', 'buyerAsked'] as const;
const MIN = 3;
const MAX = 300;

/** "Tolak pesanan": the seller says why (the buyer reads it); a quick reason fills the box. */
export function RefuseForm({ order, onRefused }: { order: OrderDetail; onRefused: (order: OrderDetail) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const refuse = useSubmit(refuseOrder);
  const tooShort = reason.trim().length < MIN;

  if (!open) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)} data-testid="refuse-open">
        <IconLabel icon={IconBan}>{t('orders.seller.refuse')}</IconLabel>
      </button>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (tooShort) return;
    const refused = await refuse.run(order.id, reason.trim());
    if (refused) onRefused(refused);
  };

  return (
    <form className="confirm confirm--danger" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('orders.seller.refuseTitle')} data-testid="refuse-form">
      <p className="confirm__title">{t('orders.seller.refuseTitle')}</p>
      <p>{t('orders.seller.refuseExplain')}</p>
      <div className="quick-reasons">
        {QUICK_REASONS.map((quick) => (
          <button key={quick} type="button" className="chip" onClick={() => setReason(t(`orders.seller.reasons.${quick}`))}>
            {t(`orders.seller.reasons.${quick}`)}
          </button>
        ))}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('orders.seller.reasonLabel')}
        </label>
        <textarea
          className="field__input field__textarea"
          id={id}
          name="reason"
          rows={2}
          maxLength={MAX}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={tried && tooShort ? true : undefined}
        />
        {tried && tooShort && <span className="field__feedback field__feedback--invalid">{t('orders.seller.reasonRequired')}</span>}
      </div>
      <ErrorNote error={refuse.error} />
      <div className="confirm__actions">
        <button type="submit" className="button button--danger" disabled={refuse.pending} aria-busy={refuse.pending}>
          <IconLabel icon={IconBan}>{t('orders.seller.refuseConfirm')}</IconLabel>
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)} disabled={refuse.pending}>
          <IconLabel icon={IconClose}>{t('common.cancel')}</IconLabel>
        </button>
      </div>
    </form>
  );
}
