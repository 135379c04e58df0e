import { canChangeStatus } from './class-status.js';
import type { ClassStatus } from './training-class.entity.js';

describe('class status transitions', () => {
  it.each<[ClassStatus, ClassStatus, boolean]>([
    ['open', 'closed', true],
    ['open', 'archived', true],
    ['open', 'open', false],
    ['closed', 'open', true],
    ['closed', 'archived', true],
    ['closed', 'closed', false],
    ['archived', 'open', false],
    ['archived', 'closed', false],
    ['archived', 'archived', false],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canChangeStatus(from, to)).toBe(allowed);
  });
});
