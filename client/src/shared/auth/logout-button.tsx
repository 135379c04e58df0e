import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSubmit } from '../api/use-submit';
import { ConfirmPanel } from '../ui/confirm-panel';
import { IconLabel } from '../ui/icon-label';
import { IconLogout } from '../ui/icons';
import { logout } from './logout';
import { entryPath, type SessionKind } from './session';

/** "Keluar", asking first: a trainee who leaves needs a PIN from the facilitator to come back. */
export function LogoutButton({ kind, warning }: { kind: SessionKind; warning: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const leave = useSubmit(logout);

  const confirm = async () => {
    await leave.run();
    navigate(entryPath(kind), { replace: true });
  };

  if (!asking) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setAsking(true)} data-testid="logout">
        <IconLabel icon={IconLogout}>{t('logout.button')}</IconLabel>
      </button>
    );
  }
  return (
    <ConfirmPanel
      title={t('logout.confirmTitle')}
      confirmLabel={t('logout.confirm')}
      confirmIcon={IconLogout}
      onConfirm={() => void confirm()}
      onCancel={() => setAsking(false)}
      pending={leave.pending}
      tone="danger"
    >
      <p>{warning}</p>
    </ConfirmPanel>
  );
}
