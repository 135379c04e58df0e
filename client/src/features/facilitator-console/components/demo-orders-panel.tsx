import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import { formatRupiah } from '../../../shared/format/rupiah';
import { errorMessageKey } from '../../../shared/i18n/error-messages';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconCart } from '../../../shared/ui/icons';
import type { GridTraineeView } from '../api/get-mission-grid';
import type { ParticipantView } from '../api/get-participants';
import { placeDemoOrders, type DemoOrderBatchView, type DemoOrderRequest } from '../api/place-demo-orders';
import { newTapKey } from '../idempotency-key';
import { ALL_TRAINEES, PersonaPicker, TargetPicker, targetRequest } from './target-picker';

const METHODS = ['bca_va', 'bri_va', 'bni_va', 'mandiri_bill', 'qris', 'gopay', 'cstore_alfamart', 'cod'] as const satisfies readonly NonNullable<DemoOrderRequest['paymentMethod']>[];

/**
 * "Kirim pesanan demo": one tap places a realistic order (address, courier, payment method) on one trainee's
 * product, or on every trainee's with an active product. One key per intended batch (kept until answered), so a double
 * click or a retry is one batch; a co-facilitator sending her own batch on purpose makes a second one.
 */
export function DemoOrdersPanel({ classId, trainees, participants }: { classId: string; trainees: GridTraineeView[]; participants: ParticipantView[] }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(ALL_TRAINEES);
  const [personaId, setPersonaId] = useState('');
  const [paymentMethod, setPaymentMethod] = useState<(typeof METHODS)[number]>('bca_va');
  const [payNow, setPayNow] = useState(true);
  const [batch, setBatch] = useState<DemoOrderBatchView | undefined>(undefined);
  const send = useSubmit((key: string, request: DemoOrderRequest) => placeDemoOrders(classId, key, request));
  const pendingKey = useRef<{ request: string; key: string } | undefined>(undefined);

  const submit = async () => {
    const request: DemoOrderRequest = { ...targetRequest(target), paymentMethod, payNow: paymentMethod === 'cod' ? false : payNow };
    if (personaId) request.personaId = personaId;
    // The same request again (a retry after a lost answer) keeps its key; an answered batch or a changed form gets a new one.
    const wanted = JSON.stringify(request);
    if (pendingKey.current?.request !== wanted) pendingKey.current = { request: wanted, key: newTapKey() };
    const answer = await send.run(pendingKey.current.key, request);
    if (answer) {
      pendingKey.current = undefined;
      setBatch(answer);
    }
  };

  const placed = batch?.results.filter((r) => r.orderId) ?? [];
  return (
    <section className="card console-panel" aria-labelledby="demo-title" data-testid="demo-orders">
      <h2 id="demo-title" className="section-title">
        <IconCart />
        <span>{t('console.demo.title')}</span>
      </h2>
      <TargetPicker id="demo-target" label={t('console.demo.target')} allLabel={t('console.demo.allWithProducts')} value={target} onChange={setTarget} trainees={trainees} />
      <PersonaPicker id="demo-persona" value={personaId} onChange={setPersonaId} participants={participants} />
      <div className="field">
        <label className="field__label" htmlFor="demo-method">{t('console.demo.method')}</label>
        <select className="field__input" id="demo-method" value={paymentMethod} onChange={(event) => setPaymentMethod(event.target.value as (typeof METHODS)[number])}>
          {METHODS.map((method) => (
            <option key={method} value={method}>
              {t(`payment.method.${method}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox-field">
        <input type="checkbox" checked={payNow && paymentMethod !== 'cod'} disabled={paymentMethod === 'cod'} onChange={(event) => setPayNow(event.target.checked)} />
        <span>{t('console.demo.payNow')}</span>
      </label>
      <button type="button" className="button button--primary" onClick={() => void submit()} disabled={send.pending} aria-busy={send.pending} data-testid="demo-send">
        <IconLabel icon={IconCart}>{send.pending ? t('console.demo.sending') : t('console.demo.send')}</IconLabel>
      </button>
      <ErrorNote error={send.error} />
      {batch && (
        <div className="console-result" data-testid="demo-result" role="status">
          <p>
            <strong>{t('console.demo.result', { count: placed.length, total: batch.results.length, persona: batch.personaName })}</strong>
            {batch.replayed && <span className="tag">{t('console.demo.replayed')}</span>}
          </p>
          <ul className="console-result__list">
            {batch.results.map((result) => (
              <li key={result.participantId} data-testid="demo-result-row" data-state={result.state ?? 'error'}>
                <strong>{result.traineeName}</strong>
                {': '}
                {result.orderId
                  ? t('console.demo.resultLine', {
                      invoice: result.invoiceNumber,
                      product: result.productTitle,
                      total: result.total === null ? '' : formatRupiah(result.total),
                      state: t(`order.state.${result.state}`, { defaultValue: result.state ?? '' }),
                    })
                  : t(errorMessageKey(result.errorCode ?? 'UNKNOWN_ERROR'))}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
