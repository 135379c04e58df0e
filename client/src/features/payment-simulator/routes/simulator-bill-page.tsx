import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { appPaths } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { lookupQr } from '../api/lookup-qr';
import type { PayerReceipt } from '../api/simulator-types';
import { BillConfirm, Receipt } from '../components/bill-confirm';
import { IconArrowLeft } from '../../../shared/ui/icons';
import { SimulatorShell } from '../components/simulator-shell';

/** /simulator/bayar/:transactionId: what scanning a QRIS or GoPay code opens: the bill, ready to pay. */
export function SimulatorBillPage() {
  const { t } = useTranslation();
  const transactionId = useParams().transactionId ?? '';
  const bill = useApi(`qr:${transactionId}`, (signal) => lookupQr(transactionId, signal));
  const [receipt, setReceipt] = useState<PayerReceipt | undefined>(undefined);

  return (
    <SimulatorShell>
      {receipt ? (
        <Receipt receipt={receipt} onDone={() => setReceipt(undefined)} />
      ) : (
        <>
          <ErrorNote error={bill.error} />
          {bill.loading && (
            <p className="sim-hint" role="status">
              {t('app.loading')}
            </p>
          )}
          {bill.data && <BillConfirm bill={bill.data} onPaid={setReceipt} />}
          <Link className="sim-back" to={appPaths.simulator}>
            <IconLabel icon={IconArrowLeft}>{t('simulator.toHome')}</IconLabel>
          </Link>
        </>
      )}
    </SimulatorShell>
  );
}
