import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { entryPath, onSessionExpired } from '../shared/auth/session';

/** When the API refuses the stored token, go to where that person signs in again, and say why. */
export function useSessionExpiryRedirect(): void {
  const navigate = useNavigate();
  useEffect(
    () => onSessionExpired((kind) => navigate(entryPath(kind), { replace: true, state: { sessionExpired: true } })),
    [navigate],
  );
}
