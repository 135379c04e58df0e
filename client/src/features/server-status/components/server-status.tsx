import { useTranslation } from 'react-i18next';
import { useServerStatus } from '../hooks/use-server-status';

/** A discreet dot and a few words: is the Pasar Latihan server reachable right now? */
export function ServerStatus() {
  const { t } = useTranslation();
  const state = useServerStatus();

  return (
    <p className="server-status" data-testid="server-status" data-state={state} role="status">
      <span className="server-status__dot" aria-hidden="true" />
      <span>{t(`serverStatus.${state}`)}</span>
    </p>
  );
}
