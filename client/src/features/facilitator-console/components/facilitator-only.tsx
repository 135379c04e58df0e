import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession, type FacilitatorSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';

/** Facilitator pages: anyone else is sent to the facilitator login, and comes back here after it. */
export function FacilitatorOnly({ render }: { render: (session: FacilitatorSession) => ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session?.kind !== 'facilitator') {
    return <Navigate to={appPaths.facilitatorLogin} replace state={{ from: location.pathname }} />;
  }
  return <>{render(session)}</>;
}
