import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSubmit } from '../../../shared/api/use-submit';
import { SIMULATOR_PARAMS } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft } from '../../../shared/ui/icons';
import { IconSearchDoc } from '../components/simulator-icons';
import { lookupBill } from '../api/lookup-bill';
import { isNumberChannel, NUMBER_CHANNELS, type NumberChannel, type PayerBill, type PayerReceipt } from '../api/simulator-types';
import { BillConfirm, Receipt } from '../components/bill-confirm';
import { SimulatorShell } from '../components/simulator-shell';

/** /simulator: the payer's "bank app". Choose the bank or store, type the number, check the bill, pay. No sign-in. */
export function SimulatorPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const preset = params.get(SIMULATOR_PARAMS.channel);
  const [channel, setChannel] = useState<NumberChannel | undefined>(isNumberChannel(preset) ? preset : undefined);
  const [number, setNumber] = useState('');
  const [bill, setBill] = useState<PayerBill | undefined>(undefined);
  const [receipt, setReceipt] = useState<PayerReceipt | undefined>(undefined);
  const lookup = useSubmit(lookupBill);

  const onLookup = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!channel || number.trim() === '') return;
    const found = await lookup.run(channel, number.trim());
    if (found) setBill(found);
  };

  const startAgain = () => {
    setBill(undefined);
    setReceipt(undefined);
    setNumber('');
    lookup.clearError();
  };

  if (receipt) {
    return (
      <SimulatorShell>
        <Receipt receipt={receipt} onDone={startAgain} />
      </SimulatorShell>
    );
  }

  return (
    <SimulatorShell>
      {bill ? (
        <>
          <button type="button" className="sim-back" onClick={() => setBill(undefined)}>
            <IconLabel icon={IconArrowLeft}>{t('simulator.back')}</IconLabel>
          </button>
          <BillConfirm bill={bill} onPaid={setReceipt} />
        </>
      ) : (
        <form className="sim-card" onSubmit={(event) => void onLookup(event)} noValidate data-testid="lookup-form">
          <fieldset className="sim-channels">
            <legend className="sim-card__title">{t('simulator.chooseChannel')}</legend>
            {NUMBER_CHANNELS.map((code) => (
              <button
                key={code}
                type="button"
                className="sim-channel"
                aria-pressed={channel === code}
                onClick={() => setChannel(code)}
                data-testid={`channel-${code}`}
              >
                {t(`simulator.channels.${code}`)}
              </button>
            ))}
          </fieldset>
          <p className="sim-hint">{t('simulator.qrHint')}</p>
          <label className="field">
            <span className="field__label">{channel ? t(`simulator.numberLabel.${channel}`) : t('simulator.numberLabel.none')}</span>
            <input
              className="field__input sim-mono"
              name="number"
              inputMode="numeric"
              autoComplete="off"
              value={number}
              onChange={(event) => setNumber(event.target.value)}
              disabled={!channel}
              maxLength={64}
            />
          </label>
          <ErrorNote error={lookup.error} />
          <button type="submit" className="button sim-button" disabled={!channel || number.trim() === '' || lookup.pending} aria-busy={lookup.pending}>
            <IconLabel icon={IconSearchDoc}>{t('simulator.lookup')}</IconLabel>
          </button>
        </form>
      )}
    </SimulatorShell>
  );
}
