// Class status transitions as data: a class is opened, its joining closed once everyone is in (re-openable),
// ended when the workshop is over (re-openable, for a second day), and archived when the programme has filed its
// report (final: its participants can no longer sign in).
import type { ClassStatus } from './training-class.entity.js';

export const CLASS_STATUS_TRANSITIONS = {
  open: ['closed', 'ended', 'archived'],
  closed: ['open', 'ended', 'archived'],
  ended: ['open', 'archived'],
  archived: [],
} as const satisfies Record<ClassStatus, readonly ClassStatus[]>;

export function canChangeStatus(from: ClassStatus, to: ClassStatus): boolean {
  return (CLASS_STATUS_TRANSITIONS[from] as readonly ClassStatus[]).includes(to);
}
