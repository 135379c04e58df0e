// When a page loads its data again because of the live connection: only when something may have been missed.
import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubApi, type FakeApi } from '../../testing/fake-api';
import { type FakeSocket, lastSocket } from '../../testing/fake-socket';
import { seller } from '../../testing/order-fixtures';
import { useApi } from '../api/use-api';
import { api as http, callApi } from '../api/http';
import { saveSession } from '../auth/session';
import { connectSocket } from './socket';
import { useClassEvents } from './use-class-events';

/** A page as the app's are: one read, and the class's events with that read's reload as the resync. */
function Page({ classId, rooms }: { classId: string | undefined; rooms?: string[] }) {
  // Through the app's one API client, as every page reads (its answers carry the broadcast mark).
  const orders = useApi('orders', async (signal) => (await callApi(http.GET('/api/auth/me', { signal }))) as unknown as { n: number });
  const live = useClassEvents({
    classId,
    token: seller.token,
    rooms,
    types: ['order.paid'],
    onEvent: () => orders.reload(),
    onResync: orders.reload,
  });
  return (
    <p data-testid="page" data-live={live}>
      {orders.data?.n ?? 0}
    </p>
  );
}

let answered = 0;
/** The reads, each answered with the server's broadcast mark as it began (`mark` null: none, as from an old server). */
function ordersApi(mark: string | null = null): FakeApi {
  answered = 0;
  return stubApi({ 'GET /api/auth/me': () => ({ body: { n: ++answered }, headers: mark ? { 'X-Event-Mark': mark } : undefined }) });
}
const MARK = '0123456789ab.41';

/** What the page asked the server on connecting, if it asked. */
const syncAsked = (socket: FakeSocket) => socket.emitted.filter((e) => e.event === 'sync:since').map((e) => e.args[0]);

/** Another page opened the shared socket, and it is connected (in its rooms) before this page opens. */
async function connectedBefore() {
  const socket = await connectSocket(seller.token);
  act(() => lastSocket()!.serverConnect());
  expect(socket.connected).toBe(true);
  return lastSocket()!;
}

/** A cold load: the page reads (its answers marked `mark`), then its socket connects, answering `sync:since` with `syncAck`. */
async function coldLoad(mark: string | null, syncAck: unknown) {
  const api = ordersApi(mark);
  render(<Page classId={seller.classId} />);
  await waitFor(() => expect(screen.getByTestId('page').textContent).toBe('1'));
  await waitFor(() => expect(lastSocket()).toBeDefined());
  const socket = lastSocket()!;
  socket.syncAck = syncAck;
  act(() => socket.serverConnect());
  return { api, socket };
}

const paid = () => ({ id: '1', type: 'order.paid', classId: seller.classId, actorId: null, payload: {}, occurredAt: '2026-12-05T03:00:00.000Z', simTime: null });

describe('useClassEvents: loading again after (re)connecting', () => {
  beforeEach(() => saveSession(seller));

  it('on a socket already connected, a page opened by a tap reads once, and still hears what comes after', async () => {
    const api = ordersApi();
    const socket = await connectedBefore();
    render(<Page classId={seller.classId} />);
    await waitFor(() => expect(screen.getByTestId('page').textContent).toBe('1'));
    expect(screen.getByTestId('page').dataset.live).toBe('live');
    // Give a resync every chance to show up: it would have been sent with the first read.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(api.calls('GET /api/auth/me')).toHaveLength(1);
    act(() => socket.serverEvent(paid()));
    await waitFor(() => expect(api.calls('GET /api/auth/me')).toHaveLength(2));
  });

  it('on a cold load (the socket connects after the read), the page asks with its read mark, and reads once if nothing came after', async () => {
    const { api, socket } = await coldLoad(MARK, { ok: true, missed: false });
    await waitFor(() => expect(syncAsked(socket)).toEqual([{ mark: MARK }]));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(api.calls('GET /api/auth/me')).toHaveLength(1);
    // A drop without recovery later: what came meanwhile is missed, so it loads again without asking.
    act(() => socket.serverDisconnect());
    act(() => socket.serverConnect({ recovered: false }));
    await waitFor(() => expect(api.calls('GET /api/auth/me')).toHaveLength(2));
    expect(syncAsked(socket)).toHaveLength(1);
  });

  it('on a cold load, the page reads again when the server says something came after its read', async () => {
    const { api, socket } = await coldLoad(MARK, { ok: true, missed: true });
    await waitFor(() => expect(api.calls('GET /api/auth/me')).toHaveLength(2));
    expect(syncAsked(socket)).toEqual([{ mark: MARK }]);
  });

  it('on a cold load whose read had no mark (an older server, a saved answer), the page reads again without asking', async () => {
    // A server that would say "nothing missed" to anything: the page does not even ask without a mark.
    const { api, socket } = await coldLoad(null, { ok: true, missed: false });
    await waitFor(() => expect(api.calls('GET /api/auth/me')).toHaveLength(2));
    expect(syncAsked(socket)).toEqual([]);
  });

  it('with a room joined only now (after the read), the page reads again once it is joined', async () => {
    const api = ordersApi();
    const socket = await connectedBefore();
    render(<Page classId={seller.classId} rooms={['order:aaaaaaaa-1111-4111-8111-000000000001']} />);
    await waitFor(() => expect(socket.joinedRooms()).toEqual(['order:aaaaaaaa-1111-4111-8111-000000000001']));
    await waitFor(() => expect(api.calls('GET /api/auth/me')).toHaveLength(2));
  });

  it('when the class comes later than the first read (from another answer), the page reads again', async () => {
    const api = ordersApi();
    await connectedBefore();
    const view = render(<Page classId={undefined} />);
    await waitFor(() => expect(screen.getByTestId('page').textContent).toBe('1'));
    view.rerender(<Page classId={seller.classId} />);
    await waitFor(() => expect(api.calls('GET /api/auth/me')).toHaveLength(2));
  });
});
