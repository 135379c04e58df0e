import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveSession, type ParticipantSession } from '../../../shared/auth/session';
import { getOutbox } from '../../../shared/offline/outbox-store';
import { stubApi } from '../../../testing/fake-api';
import { renderRoute } from '../../../testing/render-route';

const trainee: ParticipantSession = {
  kind: 'participant',
  token: 'tok_sriyati_0123456789abcdef',
  expiresAt: '2099-01-01T00:00:00.000Z',
  id: '0b5d8f0e-1111-4c4c-9d9d-222222222222',
  name: 'Sriyati',
  role: 'trainee',
  classId: '6f1c2f53-7c61-4a53-9b7a-2f4a0c1d2e3f',
  className: 'Pelatihan E-Commerce PKH',
  shopId: '9a9a9a9a-3333-4e4e-8f8f-444444444444',
};

const option = (id: string, textId: string) => ({ id, textId, textEn: `${textId} (en)` });
const check = {
  round: 'before',
  questions: [
    { id: 'q1', picture: 'pay-first', promptId: 'Siapa yang bayar duluan?', promptEn: 'Who pays first?', options: [option('a', 'Pembeli'), option('b', 'Penjual')] },
    { id: 'q2', picture: 'otp-pin', promptId: 'Ada yang minta kode OTP.', promptEn: 'Someone asks for your OTP.', options: [option('a', 'Jangan berikan'), option('b', 'Berikan')] },
    { id: 'q3', picture: 'courier', promptId: 'Bagaimana memilih kurir?', promptEn: 'How to choose a courier?', options: [option('a', 'Bandingkan'), option('b', 'Termahal')] },
  ],
  answeredIds: ['q1'],
};

/** q3 left to answer; the server's answer to it waits until the returned function is called. */
function stubHeldLastAnswer(): () => void {
  let answerLast: () => void = () => {};
  const lastAnswered = new Promise<void>((resolve) => (answerLast = resolve));
  stubApi({
    'GET /api/learning-check/mine': { body: { ...check, answeredIds: ['q1', 'q2'] } },
    'POST /api/learning-check/answers': async (request) => {
      await lastAnswered;
      return { status: 201, body: { ...(await request.json()) } };
    },
  });
  return () => answerLast();
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('Cek Pemahaman on the phone', () => {
  it('asks what is left, one tap per answer sent with its own clientId, a skip sent as no answer, then thanks', async () => {
    saveSession(trainee);
    const api = stubApi({
      'GET /api/learning-check/mine': { body: check },
      'POST /api/learning-check/answers': async (request) => ({ status: 201, body: { ...(await request.json()) } }),
    });
    renderRoute('/toko/cek-pemahaman');
    // q1 was answered already: the phone starts at q2, "2 of 3".
    await screen.findByText('Ada yang minta kode OTP.', {}, { timeout: 5_000 });
    expect(screen.getByText('Pertanyaan 2 dari 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Jangan berikan/ }));
    await screen.findByText('Bagaimana memilih kurir?');
    fireEvent.click(screen.getByTestId('learning-skip'));
    await screen.findByTestId('learning-done');
    await waitFor(() => expect(api.calls('POST /api/learning-check/answers')).toHaveLength(2), { timeout: 5_000 });
    const bodies = await Promise.all(api.calls('POST /api/learning-check/answers').map((request) => request.clone().json()));
    expect(bodies).toEqual([
      { clientId: expect.stringMatching(/^[0-9a-f-]{36}$/), questionId: 'q2', round: 'before', optionId: 'a' },
      { clientId: expect.stringMatching(/^[0-9a-f-]{36}$/), questionId: 'q3', round: 'before', optionId: null },
    ]);
    expect(bodies[0].clientId).not.toBe(bodies[1].clientId);
    // The outbox marks the answers sent once their answers are back, a moment after the calls went out.
    await waitFor(() => expect(screen.getByTestId('learning-done').textContent).toContain('sudah dicatat'), { timeout: 5_000 });
  });
  it('does not count an answer tapped on this page as waiting for signal, however late the phone reads its outbox', async () => {
    // A slow phone: its read of the answers left from before (the outbox) ends after she tapped, while her answer is
    // still stored on its way. It counted that answer as "menunggu sinyal", and the page said so after it was sent.
    saveSession(trainee);
    const answerLast = stubHeldLastAnswer();
    const outbox = getOutbox();
    const list = outbox.list.bind(outbox);
    let readEnds: () => void = () => {};
    const firstReadHeld = new Promise<void>((resolve) => (readEnds = resolve));
    let reads = 0;
    vi.spyOn(outbox, 'list').mockImplementation(async () => {
      if (reads++ === 0) await firstReadHeld;
      return list();
    });
    renderRoute('/toko/cek-pemahaman');
    await screen.findByText('Bagaimana memilih kurir?', {}, { timeout: 5_000 });
    fireEvent.click(screen.getByRole('button', { name: /Bandingkan/ }));
    await waitFor(async () => expect((await list()).length).toBe(1));
    readEnds();
    await waitFor(() => expect(reads).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    answerLast();
    await waitFor(() => expect(screen.getByTestId('learning-done').textContent).toContain('sudah dicatat'), { timeout: 5_000 });
  });
  it('says the answers are recorded only once the server has the last one', async () => {
    saveSession(trainee);
    const answerLast = stubHeldLastAnswer();
    renderRoute('/toko/cek-pemahaman');
    await screen.findByText('Bagaimana memilih kurir?', {}, { timeout: 5_000 });
    fireEvent.click(screen.getByRole('button', { name: /Bandingkan/ }));
    // The last answer is still on its way: the phone thanks her but does not yet say it is recorded.
    expect((await screen.findByTestId('learning-done')).textContent).toContain('sedang dikirim');
    expect(screen.getByTestId('learning-done').textContent).not.toContain('sudah dicatat');
    answerLast();
    await waitFor(() => expect(screen.getByTestId('learning-done').textContent).toContain('sudah dicatat'), { timeout: 5_000 });
  });
});
