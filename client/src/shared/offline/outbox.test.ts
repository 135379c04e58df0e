import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_ERROR } from '../api/http';
import { createOutbox, itemsFor, shouldWait, type OutboxItem, type OutboxStorage } from './outbox';

function memoryStorage(initial: OutboxItem[] = []): OutboxStorage & { items: Map<string, OutboxItem> } {
  const items = new Map(initial.map((item) => [item.id, item]));
  return {
    items,
    all: async () => [...items.values()],
    put: async (item) => void items.set(item.id, item),
    remove: async (id) => void items.delete(id),
  };
}

const item = (id: string, createdAt: number, kind: OutboxItem['kind'] = 'chat.message', key = 'c1'): OutboxItem => ({
  id,
  kind,
  key,
  method: 'POST',
  path: `/api/x/${id}`,
  body: { clientId: id },
  token: 't',
  createdAt,
});

const offline = () => new ApiError(0, NETWORK_ERROR, 'Failed to fetch');

describe('outbox', () => {
  it('waits out a missing signal, keeps the item, and sends it once when the signal is back', async () => {
    const storage = memoryStorage();
    const sent: string[] = [];
    let online = false;
    const outbox = createOutbox(storage, async (i) => {
      if (!online) throw offline();
      sent.push(i.id);
      return { id: i.id };
    });
    const heard: string[] = [];
    outbox.subscribe((i, outcome) => heard.push(`${i.id}:${outcome.status}`));

    expect(await outbox.submit(item('a', 1))).toEqual({ status: 'waiting' });
    expect(storage.items.has('a')).toBe(true);
    online = true;
    // Two flushes at once (the online event and a socket reconnect): still one send.
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    expect(sent).toEqual(['a']);
    expect(heard).toEqual(['a:sent']);
    expect(storage.items.size).toBe(0);
  });

  it('sends oldest first and stops at the first failure worth waiting out', async () => {
    const storage = memoryStorage([item('b', 2), item('a', 1), item('c', 3)]);
    const sent: string[] = [];
    const outbox = createOutbox(storage, async (i) => {
      if (i.id === 'b') throw offline();
      sent.push(i.id);
    });
    await outbox.flush();
    expect(sent).toEqual(['a']);
    expect([...storage.items.keys()].sort()).toEqual(['b', 'c']);
  });

  it('drops a send the server refused and reports the error', async () => {
    const storage = memoryStorage();
    const refusal = new ApiError(409, 'ORDER_STATE_CONFLICT', 'no');
    const outbox = createOutbox(storage, async () => {
      throw refusal;
    });
    expect(await outbox.submit(item('a', 1, 'order.received', 'o1'))).toEqual({ status: 'refused', error: refusal });
    expect(storage.items.size).toBe(0);
  });

  it('returns the answer of a send that went at once', async () => {
    const outbox = createOutbox(memoryStorage(), async (i) => ({ echoed: i.id }));
    expect(await outbox.submit(item('a', 1))).toEqual({ status: 'sent', data: { echoed: 'a' } });
  });

  it('does not try while the browser says it is offline', async () => {
    let calls = 0;
    const outbox = createOutbox(
      memoryStorage(),
      async () => {
        calls++;
      },
      () => false,
    );
    expect((await outbox.submit(item('a', 1))).status).toBe('waiting');
    expect(calls).toBe(0);
  });

  it('tells a failure worth waiting out from a final answer', () => {
    expect(shouldWait(offline())).toBe(true);
    expect(shouldWait(new ApiError(503, 'SERVICE_UNAVAILABLE', ''))).toBe(true);
    expect(shouldWait(new ApiError(429, 'TOO_MANY_REQUESTS', ''))).toBe(true);
    expect(shouldWait(new ApiError(404, 'NOT_FOUND', ''))).toBe(false);
    expect(shouldWait(new TypeError('Failed to fetch'))).toBe(true);
  });

  it('lists the items of one conversation or order, oldest first', () => {
    const items = [item('b', 2), item('x', 0, 'order.received', 'o1'), item('a', 1), item('z', 3, 'chat.message', 'c2')];
    expect(itemsFor(items, 'chat.message', 'c1').map((i) => i.id)).toEqual(['a', 'b']);
  });
});
