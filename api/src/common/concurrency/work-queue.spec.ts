import { QueueFullError, WorkQueue } from './work-queue.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('WorkQueue', () => {
  it('runs at most `concurrency` tasks at once, the rest in arrival order', async () => {
    const queue = new WorkQueue({ concurrency: 2, maxQueued: 10 });
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    let peak = 0;
    let now = 0;
    const runs = gates.map((gate, index) =>
      queue.run(async () => {
        started.push(index);
        now++;
        peak = Math.max(peak, now);
        await gate.promise;
        now--;
        return index;
      }),
    );
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1]);
    expect(queue.stats).toEqual({ running: 2, waiting: 2 });
    gates[1]!.resolve();
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    for (const gate of gates) gate.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(peak).toBe(2);
    expect(queue.stats).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once beyond the waiting line, with a Retry-After estimate, and frees the slot of a failed task', async () => {
    const queue = new WorkQueue({ concurrency: 1, maxQueued: 1, secondsPerTask: 2 });
    const gate = deferred();
    const first = queue.run(() => gate.promise);
    const second = queue.run(async () => 'second');
    const refused = queue.run(async () => 'never');
    await expect(refused).rejects.toBeInstanceOf(QueueFullError);
    await expect(queue.run(async () => 'never')).rejects.toMatchObject({ retryAfterSeconds: 4 });
    gate.resolve();
    await first;
    expect(await second).toBe('second');
    await expect(queue.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await queue.run(async () => 'again')).toBe('again');
  });

  it('lets internal work wait however long the line is', async () => {
    const queue = new WorkQueue({ concurrency: 1, maxQueued: 0 });
    const gate = deferred();
    const first = queue.run(() => gate.promise);
    await expect(queue.run(async () => 'refused')).rejects.toBeInstanceOf(QueueFullError);
    const internal = queue.run(async () => 'internal', { refuseWhenFull: false });
    gate.resolve();
    await first;
    expect(await internal).toBe('internal');
  });
});
