import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveSession, type ParticipantSession } from '../../../shared/auth/session';
import { stubApi } from '../../../testing/fake-api';
import { lastSocket } from '../../../testing/fake-socket';
import { renderRoute } from '../../../testing/render-route';

const classId = '6f1c2f53-7c61-4a53-9b7a-2f4a0c1d2e3f';
const orderId = 'aaaaaaaa-1111-4111-8111-000000000001';

const trainee: ParticipantSession = {
  kind: 'participant',
  token: 'tok_sriyati_0123456789abcdef',
  expiresAt: '2099-01-01T00:00:00.000Z',
  id: '0b5d8f0e-1111-4c4c-9d9d-222222222222',
  name: 'Sriyati',
  role: 'trainee',
  classId,
  className: 'Pelatihan E-Commerce PKH',
  shopId: '9a9a9a9a-3333-4e4e-8f8f-444444444444',
};

function mine(paid: boolean) {
  return {
    missions: [
      { id: 'product_with_photo', state: 'done', missing: null, target: '/toko/produk' },
      paid
        ? { id: 'paid_order', state: 'done', missing: null, target: '/toko/pesanan' }
        : { id: 'paid_order', state: 'todo', missing: { key: 'missions.missing.waitForPayment', params: { invoiceNumber: 'INV/20261128/PL/0001' } }, target: `/toko/pesanan/${orderId}` },
      { id: 'chat_answered', state: 'todo', missing: { key: 'missions.missing.waitForBuyerChat', params: {} }, target: '/chat' },
      { id: 'fraud_drill', state: 'failed', missing: { key: 'missions.missing.fraudDrillShipped', params: { invoiceNumber: 'INV/20261128/PL/0002' } }, target: `/toko/pesanan/${orderId}` },
    ],
    doneCount: paid ? 2 : 1,
    total: 4,
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Misi hari ini (/toko/misi)', () => {
  it('lists the missions with what is missing, a button to the right screen, and the count done', async () => {
    saveSession(trainee);
    stubApi({ 'GET /api/missions/mine': { body: mine(false) } });
    renderRoute('/toko/misi');
    await screen.findByRole('heading', { level: 1, name: 'Misi hari ini' }, { timeout: 5_000 });
    const paid = await screen.findByTestId('mission-paid_order', {}, { timeout: 5_000 });
    expect(paid.getAttribute('data-state')).toBe('todo');
    expect(paid.textContent).toContain('INV/20261128/PL/0001');
    expect(within(paid).getByTestId('mission-go').getAttribute('href')).toBe(`/toko/pesanan/${orderId}`);
    // "Balas chat": the conversations, not the quick-reply settings the API's path names.
    expect(within(screen.getByTestId('mission-chat_answered')).getByTestId('mission-go').getAttribute('href')).toBe('/chat');
    expect(within(screen.getByTestId('mission-product_with_photo')).queryByTestId('mission-go')).toBeNull();
    expect(screen.getByTestId('mission-fraud_drill').getAttribute('data-state')).toBe('failed');
    expect(screen.getByTestId('missions-progress').textContent).toMatch(/1\D+4/);
  });

  it('hides "Dengarkan" in a browser without speech synthesis', async () => {
    saveSession(trainee);
    stubApi({ 'GET /api/missions/mine': { body: mine(false) } });
    renderRoute('/toko/misi');
    await screen.findByTestId('mission-paid_order', {}, { timeout: 5_000 });
    expect(screen.queryByRole('button', { name: /^Dengarkan/ })).toBeNull();
  });

  it('reads a mission aloud in Indonesian with "Dengarkan"', async () => {
    const spoken: { text: string; lang: string }[] = [];
    class Utterance {
      lang = '';
      rate = 1;
      voice: unknown = null;
      constructor(readonly text: string) {}
    }
    vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
    vi.stubGlobal('speechSynthesis', { speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }), cancel: () => undefined, getVoices: () => [] });
    saveSession(trainee);
    stubApi({ 'GET /api/missions/mine': { body: mine(false) } });
    renderRoute('/toko/misi');
    const paid = await screen.findByTestId('mission-paid_order', {}, { timeout: 5_000 });
    fireEvent.click(within(paid).getByRole('button', { name: /Dengarkan/ }));
    expect(spoken).toHaveLength(1);
    expect(spoken[0]!.lang).toBe('id-ID');
    expect(spoken[0]!.text).toContain('INV/20261128/PL/0001');
  });

  it('updates live when the API announces her progress', async () => {
    saveSession(trainee);
    let paid = false;
    const api = stubApi({ 'GET /api/missions/mine': () => ({ body: mine(paid) }) });
    renderRoute('/toko/misi');
    await screen.findByTestId('mission-paid_order', {}, { timeout: 5_000 });
    await waitFor(() => expect(lastSocket()).toBeDefined());
    act(() => lastSocket()!.serverConnect());
    paid = true;
    act(() =>
      lastSocket()!.serverEvent({
        id: '900',
        type: 'mission.progress',
        classId,
        actorId: trainee.id,
        payload: { participantId: trainee.id, missions: [], completed: ['paid_order'], failed: [], doneCount: 2, total: 4 },
        occurredAt: '2026-11-28T03:01:00.000Z',
        simTime: null,
      }),
    );
    await waitFor(() => expect(screen.getByTestId('mission-paid_order').getAttribute('data-state')).toBe('done'));
    expect(api.calls('GET /api/missions/mine').length).toBeGreaterThanOrEqual(2);
  });
});
