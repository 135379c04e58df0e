import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { deferred, stubApi, type FakeAnswer } from '../../../testing/fake-api';
import { lastSocket } from '../../../testing/fake-socket';
import { renderRoute } from '../../../testing/render-route';
import type { MissionGridView } from '../api/get-mission-grid';
import { classDetail, classId, clockReading, facilitator, participants } from '../testing/fixtures';

const sriyati = 'aaaaaaaa-0000-4000-8000-000000000001';
const siti = 'aaaaaaaa-0000-4000-8000-000000000002';

const grid: MissionGridView = {
  generatedAt: '2026-11-28T02:30:00.000Z',
  missions: [
    { id: 'product_with_photo', doneCount: 1, failedCount: 0, total: 2 },
    { id: 'fraud_drill', doneCount: 0, failedCount: 0, total: 2 },
  ],
  trainees: [
    {
      participantId: sriyati,
      name: 'Sriyati',
      shopId: 's1',
      shopName: 'Toko Sriyati',
      missions: [
        { id: 'product_with_photo', state: 'done' },
        { id: 'fraud_drill', state: 'todo' },
      ],
      doneCount: 1,
      lastActivityAt: '2026-11-28T02:29:00.000Z',
      lastSeenAt: null,
      joinedAt: '2026-11-28T02:05:00.000Z',
      idleSeconds: 60,
    },
    {
      participantId: siti,
      name: 'Siti',
      shopId: 's2',
      shopName: 'Toko Siti',
      missions: [
        { id: 'product_with_photo', state: 'todo' },
        { id: 'fraud_drill', state: 'todo' },
      ],
      doneCount: 0,
      lastActivityAt: null,
      lastSeenAt: null,
      joinedAt: '2026-11-28T02:06:00.000Z',
      idleSeconds: 1440,
    },
  ],
  idleLongest: [siti, sriyati],
};

function consoleApi(extra: Record<string, FakeAnswer | ((request: Request) => FakeAnswer | Promise<FakeAnswer>)> = {}) {
  return stubApi({
    [`GET /api/classes/${classId}`]: { body: classDetail },
    [`GET /api/classes/${classId}/participants`]: { body: participants },
    [`GET /api/classes/${classId}/clock`]: { body: clockReading },
    [`GET /api/classes/${classId}/console/grid`]: { body: grid },
    [`GET /api/classes/${classId}/console/activity`]: {
      body: {
        items: [
          {
            id: '41',
            type: 'product.created',
            occurredAt: '2026-11-28T02:29:00.000Z',
            // The class clock ran ahead: the line is shown at 14.00 WIB, the real 09.29 WIB is on hover.
            simTime: '2026-11-28T07:00:00.000Z',
            actorId: sriyati,
            actorName: 'Sriyati',
            shopId: 's1',
            shopName: 'Toko Sriyati',
            orderId: null,
            text: { key: 'feed.product.created', params: { actor: 'Sriyati', title: 'Gula Aren 1 kg' } },
          },
        ],
        nextBefore: null,
      },
    },
    [`GET /api/classes/${classId}/missions/settings`]: { body: { missions: [] } },
    [`GET /api/classes/${classId}/scenarios`]: { body: [] },
    [`GET /api/classes/${classId}/scenario-runs`]: { body: [] },
    ...extra,
  });
}

describe('live console', () => {
  it('shows the grid, the counters, who is idle longest and the feed in sentences', async () => {
    saveSession(facilitator);
    consoleApi();
    renderRoute(`/fasilitator/kelas/${classId}/konsol`);
    const rows = await screen.findAllByTestId('grid-row', {}, { timeout: 5_000 });
    expect(rows.map((row) => row.getAttribute('data-name'))).toEqual(['Sriyati', 'Siti']);
    expect(within(rows[0]!).getAllByRole('cell')[0]!.getAttribute('data-state')).toBe('done');
    const counter = screen.getAllByTestId('mission-counter')[0]!;
    expect(counter.textContent).toContain('1/2');
    expect(within(screen.getByTestId('idle-list')).getAllByRole('listitem')[0]!.textContent).toContain('Siti');
    expect(screen.getByTestId('activity-feed').textContent).toContain('Sriyati memposting Gula Aren 1 kg');
    const time = within(screen.getByTestId('activity-feed')).getAllByRole('listitem')[0]!.querySelector('time')!;
    expect(time.textContent).toBe('14.00 WIB');
    expect(time.getAttribute('title')).toContain('09.29');
  });

  it('tells two Sitis apart on the projector: "Siti Am." and "Siti An.", not "Siti A." twice', async () => {
    saveSession(facilitator);
    const namesakes = { ...grid, trainees: grid.trainees.map((row, at) => ({ ...row, name: ['Siti Aminah', 'Siti Anisa'][at]! })) };
    consoleApi({ [`GET /api/classes/${classId}/console/grid`]: { body: namesakes } });
    renderRoute(`/fasilitator/kelas/${classId}/konsol`);
    const rows = await screen.findAllByTestId('grid-row', {}, { timeout: 5_000 });
    expect(rows.map((row) => row.querySelector('.mission-grid__trainee-name')!.textContent)).toEqual(['Siti Am.', 'Siti An.']);
  });

  it('fills a cell and its counter live on mission.progress', async () => {
    saveSession(facilitator);
    consoleApi();
    renderRoute(`/fasilitator/kelas/${classId}/konsol`);
    await screen.findAllByTestId('grid-row', {}, { timeout: 5_000 });
    await waitFor(() => expect(lastSocket()).toBeDefined());
    act(() => lastSocket()!.serverConnect());
    act(() =>
      lastSocket()!.serverEvent({
        id: '42',
        type: 'mission.progress',
        classId,
        actorId: siti,
        payload: {
          participantId: siti,
          shopId: 's2',
          name: 'Siti',
          missions: [
            { id: 'product_with_photo', state: 'done' },
            { id: 'fraud_drill', state: 'failed' },
          ],
          completed: ['product_with_photo'],
          failed: ['fraud_drill'],
          doneCount: 1,
          total: 2,
        },
        occurredAt: '2026-11-28T02:31:00.000Z',
        simTime: null,
      }),
    );
    const siti_ = screen.getAllByTestId('grid-row')[1]!;
    await waitFor(() => expect(within(siti_).getAllByRole('cell')[1]!.getAttribute('data-state')).toBe('failed'));
    expect(within(siti_).getAllByRole('cell')[0]!.getAttribute('data-state')).toBe('done');
    expect(screen.getAllByTestId('mission-counter')[0]!.textContent).toContain('2/2');
    expect(screen.getAllByTestId('mission-counter')[1]!.textContent).toContain('1 gagal');
  });

  it('reloads the feed the API words after a class event, and shows the new line', async () => {
    saveSession(facilitator);
    const line = (id: string, actorName: string, title: string) => ({
      id,
      type: 'product.created',
      occurredAt: '2026-11-28T02:31:00.000Z',
      simTime: null,
      actorId: actorName === 'Siti' ? siti : sriyati,
      actorName,
      shopId: actorName === 'Siti' ? 's2' : 's1',
      shopName: `Toko ${actorName}`,
      orderId: null,
      text: { key: 'feed.product.created', params: { actor: actorName, title } },
    });
    let heard = false;
    const api = consoleApi({
      [`GET /api/classes/${classId}/console/activity`]: () => ({
        body: { items: heard ? [line('43', 'Siti', 'Keripik Pisang'), line('41', 'Sriyati', 'Gula Aren 1 kg')] : [line('41', 'Sriyati', 'Gula Aren 1 kg')], nextBefore: null },
      }),
    });
    renderRoute(`/fasilitator/kelas/${classId}/konsol`);
    await screen.findAllByTestId('grid-row', {}, { timeout: 5_000 });
    await waitFor(() => expect(lastSocket()).toBeDefined());
    act(() => lastSocket()!.serverConnect());
    // The feed's first read answered before counting: on a busy machine it may still be on its way once the grid shows.
    await waitFor(() => expect(screen.getByTestId('activity-feed').textContent).toContain('Gula Aren 1 kg'));
    const before = api.calls(`GET /api/classes/${classId}/console/activity`).length;
    heard = true;
    act(() =>
      lastSocket()!.serverEvent({
        id: '43',
        type: 'product.created',
        classId,
        actorId: siti,
        payload: { productId: 'p9', shopId: 's2', title: 'Keripik Pisang' },
        occurredAt: '2026-11-28T02:31:00.000Z',
        simTime: null,
      }),
    );
    await waitFor(() => expect(screen.getByTestId('activity-feed').textContent).toContain('Siti memposting Keripik Pisang'), { timeout: 3_000 });
    expect(api.calls(`GET /api/classes/${classId}/console/activity`).length).toBe(before + 1);
  });

  it('sends one batch of demo orders for a double click, with an idempotency key, and shows what was placed', async () => {
    saveSession(facilitator);
    const answer = deferred<FakeAnswer>();
    const api = consoleApi({ [`POST /api/classes/${classId}/demo-orders`]: () => answer.promise });
    renderRoute(`/fasilitator/kelas/${classId}/konsol`);
    await screen.findAllByTestId('grid-row', {}, { timeout: 5_000 });
    const send = screen.getByTestId('demo-send');
    fireEvent.click(send);
    fireEvent.click(send);
    answer.resolve({
      status: 201,
      body: {
        batchId: 'b1',
        replayed: false,
        personaId: 'p1',
        personaName: 'Bu Rahma',
        results: [
          { participantId: sriyati, traineeName: 'Sriyati', shopId: 's1', orderId: 'o1', invoiceNumber: 'INV/20261128/PL/0007', state: 'PAID', total: 36000, productTitle: 'Gula Aren 1 kg', errorCode: null },
          { participantId: siti, traineeName: 'Siti', shopId: 's2', orderId: null, invoiceNumber: null, state: null, total: null, productTitle: null, errorCode: 'NO_ACTIVE_PRODUCT' },
        ],
      },
    });
    const result = await screen.findByTestId('demo-result');
    const calls = api.calls(`POST /api/classes/${classId}/demo-orders`);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await calls[0]!.clone().json()).toEqual({ all: true, paymentMethod: 'bca_va', payNow: true });
    expect(result.textContent).toContain('INV/20261128/PL/0007');
    expect(result.textContent).toContain('Rp 36.000');
    expect(result.textContent).toContain('Perlu Dikirim');
    expect(screen.getAllByTestId('demo-result-row')[1]!.getAttribute('data-state')).toBe('error');
  });

  it('resets the class only once its join code is typed', async () => {
    saveSession(facilitator);
    const api = consoleApi({
      [`POST /api/classes/${classId}/reset`]: {
        body: { classId, deletedOrders: 3, deletedParticipants: 2, deletedActivity: 40, keptPersonas: 1, keptProducts: 4, simNow: '2026-11-28T03:00:00.000Z' },
      },
    });
    renderRoute(`/fasilitator/kelas/${classId}/konsol`);
    fireEvent.click(await screen.findByRole('button', { name: 'Ulang kelas dari awal' }, { timeout: 5_000 }));
    const confirm = screen.getByRole('button', { name: 'Ya, ulang dari awal' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/Ketik kode kelas/), { target: { value: 'kmnpqr' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await screen.findByTestId('reset-done');
    const calls = api.calls(`POST /api/classes/${classId}/reset`);
    expect(calls).toHaveLength(1);
    expect(await calls[0]!.clone().json()).toEqual({ confirmJoinCode: 'KMNPQR' });
  });

  it('moves a mission up, switches one off, and saves every mission once in the new order', async () => {
    saveSession(facilitator);
    const settings = {
      missions: [
        { id: 'shop_setup', enabled: true, position: 0 },
        { id: 'product_with_photo', enabled: true, position: 1 },
        { id: 'fraud_drill', enabled: true, position: 2 },
      ],
    };
    const api = consoleApi({
      [`GET /api/classes/${classId}/missions/settings`]: { body: settings },
      [`PUT /api/classes/${classId}/missions/settings`]: async (request) => {
        const body = (await request.json()) as { missions: { id: string; enabled: boolean }[] };
        return { body: { missions: body.missions.map((m, position) => ({ ...m, position })) } };
      },
    });
    renderRoute(`/fasilitator/kelas/${classId}/konsol`);
    const panel = await screen.findByTestId('mission-settings', {}, { timeout: 5_000 });
    fireEvent.click(await within(panel).findByRole('button', { name: 'Naikkan Anti-tipu' }));
    const fraudBox = within(panel).getAllByRole('checkbox')[1]!;
    fireEvent.click(fraudBox);
    fireEvent.click(within(panel).getByRole('button', { name: 'Simpan misi' }));
    await within(panel).findByRole('status');
    const calls = api.calls(`PUT /api/classes/${classId}/missions/settings`);
    expect(calls).toHaveLength(1);
    expect(await calls[0]!.clone().json()).toEqual({
      missions: [
        { id: 'shop_setup', enabled: true },
        { id: 'fraud_drill', enabled: false },
        { id: 'product_with_photo', enabled: true },
      ],
    });
  });
});
