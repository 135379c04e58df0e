import { afterEach, describe, expect, it } from 'vitest';
import { buyer, seller } from '../../testing/order-fixtures';
import { clearSession, saveSession, updateSession } from '../auth/session';
import { oldestReadMark, readEnded, readStarted, resetReadMarks, shownWithoutRead } from './read-marks';

const answer = (mark: string | null, status = 200) => new Response('{}', { status, headers: mark ? { 'X-Event-Mark': mark } : {} });
const RUN = '0123456789ab';

describe('read marks: the oldest broadcast mark of the reads on screen', () => {
  afterEach(() => resetReadMarks());

  it.each<[string, (Response | null | 'dropped')[], string | undefined]>([
    ['no read yet', [], undefined],
    ['the oldest of several', [answer(`${RUN}.9`), answer(`${RUN}.4`), answer(`${RUN}.7`)], `${RUN}.4`],
    ['a read stopped by its callers does not count', [answer(`${RUN}.9`), 'dropped'], `${RUN}.9`],
    ['a read without a mark: unknown', [answer(`${RUN}.9`), answer(null)], undefined],
    ['a failed read (no signal): unknown', [answer(`${RUN}.9`), null], undefined],
    ['an error answer (503): unknown', [answer(`${RUN}.9`), answer(`${RUN}.10`, 503)], undefined],
    ['marks of two runs (a restart between): unknown', [answer(`${RUN}.9`), answer('ba9876543210.1')], undefined],
    ['not a mark: unknown', [answer('9; DROP TABLE')], undefined],
  ])('%s', async (_name, ends, expected) => {
    for (const end of ends) {
      readStarted();
      readEnded(end);
    }
    expect(await oldestReadMark()).toBe(expected);
  });

  it('waits for the reads on their way: a slow one may be the oldest', async () => {
    readStarted();
    readStarted();
    readEnded(answer(`${RUN}.12`));
    const asked = oldestReadMark();
    readEnded(answer(`${RUN}.3`));
    expect(await asked).toBe(`${RUN}.3`);
  });

  it('a saved answer shown without signal makes it unknown', async () => {
    readStarted();
    readEnded(answer(`${RUN}.2`));
    shownWithoutRead();
    expect(await oldestReadMark()).toBeUndefined();
  });

  it('forgets what was read before a new person signed in: the join page’s read is older than her "Gabung"', async () => {
    clearSession();
    resetReadMarks();
    readEnded(answer(`${RUN}.2`), readStarted()); // the join page's own read, nobody signed in
    const beforeJoining = readStarted(); // begun before she joined, answered after
    saveSession(buyer);
    readEnded(answer(`${RUN}.1`), beforeJoining);
    readEnded(answer(`${RUN}.6`), readStarted()); // her home's read
    expect(await oldestReadMark()).toBe(`${RUN}.6`);

    // The same person's session changed (her class renamed): her reads still count.
    updateSession((session) => ({ ...session, className: 'Kelas Baru' }));
    readEnded(answer(`${RUN}.7`), readStarted());
    expect(await oldestReadMark()).toBe(`${RUN}.6`);

    // Someone else signs in on this phone: only what is read for her counts.
    saveSession(seller);
    readEnded(answer(`${RUN}.9`), readStarted());
    expect(await oldestReadMark()).toBe(`${RUN}.9`);
    clearSession();
  });
});
