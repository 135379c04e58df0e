import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { homePath, useSession, type ParticipantSession } from './session';
import { appPaths } from '../config/paths';

/**
 * Pages of a class member on their phone: someone who has not joined goes to /gabung, and a facilitator
 * (who has no class of their own here) to their console. `traineeOnly` keeps a demo buyer out of the seller's pages.
 */
export function ParticipantOnly({ traineeOnly = false, children }: { traineeOnly?: boolean; children: (session: ParticipantSession) => ReactNode }) {
  const session = useSession();
  if (!session) return <Navigate to={appPaths.join} replace />;
  if (session.kind !== 'participant') return <Navigate to={homePath(session)} replace />;
  if (traineeOnly && session.role !== 'trainee') return <Navigate to={appPaths.storefront} replace />;
  return <>{children(session)}</>;
}
