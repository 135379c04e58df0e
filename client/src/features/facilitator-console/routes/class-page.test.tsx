import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { deferred, stubApi, type FakeAnswer } from '../../../testing/fake-api';
import { orderId, orderSummary } from '../../../testing/order-fixtures';
import { renderRoute } from '../../../testing/render-route';
import { classDetail, classId, clockReading, facilitator, participants } from '../testing/fixtures';

const practiceOff = { enabled: false, daysOpen: 7, ordersPerDay: 2, unpaidPercent: 20, fraudPercent: 10, startsAt: null, endsAt: null, visitsDone: 0, visitsFailed: 0 };
const followUp = {
  classDate: '2026-11-28',
  activeCount: 1,
  trainees: [
    {
      participantId: 'aaaaaaaa-0000-4000-8000-000000000001',
      name: 'Sriyati',
      shopName: 'Toko Sriyati',
      missionsDone: 7,
      missionsTotal: 9,
      lastActivityAt: '2026-12-01T03:15:00.000Z',
      activeSinceClass: true,
      practiceOrders: 6,
      practiceHandled: 4,
      practiceWaiting: 1,
    },
    {
      participantId: 'aaaaaaaa-0000-4000-8000-000000000002',
      name: 'Marni',
      shopName: 'Toko Marni',
      missionsDone: 3,
      missionsTotal: 9,
      lastActivityAt: null,
      activeSinceClass: false,
      practiceOrders: 6,
      practiceHandled: 0,
      practiceWaiting: 3,
    },
  ],
};

function consoleApi(extra: Record<string, FakeAnswer | ((request: Request) => FakeAnswer | Promise<FakeAnswer>)> = {}) {
  return stubApi({
    [`GET /api/classes/${classId}`]: { body: classDetail },
    [`GET /api/classes/${classId}/participants`]: { body: participants },
    [`GET /api/classes/${classId}/clock`]: { body: clockReading },
    [`GET /api/classes/${classId}/orders`]: { body: { items: [], nextCursor: null } },
    [`GET /api/classes/${classId}/practice`]: { body: practiceOff },
    [`GET /api/classes/${classId}/practice/follow-up`]: { body: followUp },
    ...extra,
  });
}

const originalUrl = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
afterEach(() => {
  URL.createObjectURL = originalUrl.create;
  URL.revokeObjectURL = originalUrl.revoke;
});

describe('ClassPage', () => {
  it('lists the class\'s orders and pays an unpaid demo order through the simulator ("Bayar sekarang (demo)")', async () => {
    saveSession(facilitator);
    let state: 'AWAITING_PAYMENT' | 'PAID' = 'AWAITING_PAYMENT';
    const api = consoleApi({
      [`GET /api/classes/${classId}/orders`]: () => ({ body: { items: [orderSummary({ state })], nextCursor: null } }),
      [`POST /api/classes/${classId}/orders/${orderId}/pay-now`]: () => {
        state = 'PAID';
        return { body: { orderId, paymentState: 'settled', amount: 37000 } };
      },
    });
    renderRoute(`/fasilitator/kelas/${classId}`);
    const order = await screen.findByTestId('class-order');
    expect(order.textContent).toContain('INV/20261128/PL/0001');
    expect(order.textContent).toContain('Bu Rahma → Gula Aren Bu Sriyati');
    expect(order.textContent).toContain('Belum Bayar');
    fireEvent.click(within(order).getByRole('button', { name: 'Bayar sekarang (demo) INV/20261128/PL/0001' }));
    await waitFor(() => expect(screen.getByTestId('class-order').getAttribute('data-state')).toBe('PAID'));
    expect(api.calls(`POST /api/classes/${classId}/orders/${orderId}/pay-now`)).toHaveLength(1);
    expect(within(screen.getByTestId('class-order')).queryByRole('button')).toBeNull();
  });

  it('lists the participants with village, phone, time joined in WIB and shop', async () => {
    saveSession(facilitator);
    consoleApi();
    renderRoute(`/fasilitator/kelas/${classId}`);
    const table = await screen.findByTestId('participants-table');
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getAllByRole('cell').map((td) => td.textContent).slice(0, 6)).toEqual([
      '1',
      'Sriyati',
      'Pekon Ambarawa',
      '081234567890',
      '09.05 WIB',
      'Toko Sriyati',
    ]);
    expect(screen.getByTestId('join-code').textContent).toBe('K M N · P Q R');
  });

  it('shows a PIN big, with its expiry, for the one participant asked about', async () => {
    saveSession(facilitator);
    const api = consoleApi({
      [`POST /api/classes/${classId}/participants/aaaaaaaa-0000-4000-8000-000000000001/pin`]: {
        status: 201,
        body: { pin: '048213', expiresAt: '2026-11-28T02:35:00.000Z' },
      },
    });
    renderRoute(`/fasilitator/kelas/${classId}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Tampilkan PIN untuk Sriyati' }));
    const panel = await screen.findByTestId('pin-panel');
    expect(within(panel).getByTestId('pin-value').textContent).toBe('048 213');
    expect(within(panel).getByText('Berlaku sampai 09.35 WIB, sekali pakai.')).toBeTruthy();
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('runs the clock: a speed button posts the speed and shows the answer', async () => {
    saveSession(facilitator);
    const api = consoleApi({
      [`POST /api/classes/${classId}/clock`]: { body: { ...clockReading, speed: 600, paused: true } },
    });
    renderRoute(`/fasilitator/kelas/${classId}`);
    expect(await screen.findByText('Jam dijeda')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '600×' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '600×' }).getAttribute('aria-pressed')).toBe('true'));
    expect(await api.calls(`POST /api/classes/${classId}/clock`)[0]!.json()).toEqual({ action: 'speed', speed: 600 });
    fireEvent.click(screen.getByRole('button', { name: '+1 hari' }));
    await waitFor(() => expect(api.calls(`POST /api/classes/${classId}/clock`)).toHaveLength(2));
    expect(await api.calls(`POST /api/classes/${classId}/clock`)[1]!.json()).toEqual({ action: 'jump', minutes: 1440 });
  });

  it('sends the clock version it shows; when another facilitator changed it first, says so and reads the clock again', async () => {
    saveSession(facilitator);
    let reading = { ...clockReading, version: 7 };
    const api = consoleApi({
      [`GET /api/classes/${classId}/clock`]: () => ({ body: reading }),
      [`POST /api/classes/${classId}/clock`]: () => {
        // Budi's "+1 hari" landed first: the clock is a day on, at version 8.
        reading = { ...clockReading, simNow: '2026-11-29T03:00:00.000Z', version: 8 };
        return { status: 409, body: { statusCode: 409, code: 'CLOCK_CHANGED', message: 'The clock was changed' } };
      },
    });
    renderRoute(`/fasilitator/kelas/${classId}`);
    await waitFor(() => expect(screen.getByTestId('clock-controls').getAttribute('data-version')).toBe('7'));
    fireEvent.click(screen.getByRole('button', { name: '+1 hari' }));
    expect(await screen.findByText(/baru saja diubah fasilitator lain/)).toBeTruthy();
    expect(await api.calls(`POST /api/classes/${classId}/clock`)[0]!.json()).toEqual({ action: 'jump', minutes: 1440, expectedVersion: 7 });
    await waitFor(() => expect(screen.getByTestId('clock-controls').getAttribute('data-version')).toBe('8'));
    expect(api.calls(`POST /api/classes/${classId}/clock`)).toHaveLength(1);
  });

  it('lets the owner add a co-facilitator by email, and tells a co-facilitator who may', async () => {
    saveSession(facilitator);
    let detail = classDetail;
    const api = consoleApi({
      [`GET /api/classes/${classId}`]: () => ({ body: detail }),
      [`POST /api/classes/${classId}/facilitators`]: () => {
        detail = {
          ...classDetail,
          facilitators: ['Budi', ...classDetail.facilitators],
          team: [{ id: '77777777-2222-4333-8444-555555555555', name: 'Budi' }, ...classDetail.team],
        };
        return { status: 201, body: detail.facilitators };
      },
    });
    const view = renderRoute(`/fasilitator/kelas/${classId}`);
    const team = await screen.findByTestId('team-panel');
    fireEvent.change(within(team).getByLabelText('Email fasilitator pendamping'), { target: { value: 'budi@pasar-latihan.local' } });
    fireEvent.click(within(team).getByRole('button', { name: 'Tambah fasilitator' }));
    expect(await within(team).findByTestId('team-added')).toBeTruthy();
    await waitFor(() => expect(within(team).getAllByTestId('team-member').map((li) => li.getAttribute('data-name'))).toContain('Budi'));
    expect(await api.calls(`POST /api/classes/${classId}/facilitators`)[0]!.json()).toEqual({ email: 'budi@pasar-latihan.local' });
    view.unmount();

    saveSession({ ...facilitator, id: '99999999-2222-4333-8444-555555555555', name: 'Budi' });
    renderRoute(`/fasilitator/kelas/${classId}`);
    const shared = await screen.findByTestId('team-panel');
    expect(within(shared).queryByRole('button', { name: 'Tambah fasilitator' })).toBeNull();
    expect(shared.textContent).toContain('Hanya Rina Fasilitator, pembuat kelas ini, yang bisa menambah atau mengeluarkan fasilitator.');
    expect(within(shared).queryByTestId('team-remove')).toBeNull();
  });

  it('lets the owner remove a co-facilitator after confirming, never herself', async () => {
    saveSession(facilitator);
    let detail = classDetail;
    const dewi = classDetail.team[0]!;
    const api = consoleApi({
      [`GET /api/classes/${classId}`]: () => ({ body: detail }),
      [`DELETE /api/classes/${classId}/facilitators/${dewi.id}`]: () => {
        detail = { ...classDetail, facilitators: ['Rina Fasilitator'], team: classDetail.team.slice(1) };
        return { status: 200, body: detail.facilitators };
      },
    });
    renderRoute(`/fasilitator/kelas/${classId}`);
    const team = await screen.findByTestId('team-panel');
    // One remove button: Dewi's. The owner has none.
    expect(within(team).getAllByTestId('team-remove')).toHaveLength(1);
    fireEvent.click(within(team).getByRole('button', { name: 'Keluarkan Dewi dari kelas ini' }));
    expect(api.calls(`DELETE /api/classes/${classId}/facilitators/${dewi.id}`)).toHaveLength(0);
    const dialog = within(team).getByRole('alertdialog', { name: 'Keluarkan Dewi dari kelas ini?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keluarkan' }));
    expect((await within(team).findByTestId('team-removed')).textContent).toContain('Dewi sudah tidak ikut menjalankan kelas ini.');
    await waitFor(() => expect(within(team).getAllByTestId('team-member').map((li) => li.getAttribute('data-name'))).toEqual(['Rina Fasilitator']));
    expect(api.calls(`DELETE /api/classes/${classId}/facilitators/${dewi.id}`)).toHaveLength(1);
  });

  it('closes joining only after confirming (the class goes on)', async () => {
    saveSession(facilitator);
    const answer = deferred<FakeAnswer>();
    const api = consoleApi({ [`PATCH /api/classes/${classId}`]: () => answer.promise });
    renderRoute(`/fasilitator/kelas/${classId}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Tutup pendaftaran' }));
    expect(api.calls(`PATCH /api/classes/${classId}`)).toHaveLength(0);
    const dialog = screen.getByRole('alertdialog', { name: 'Tutup pendaftaran kelas ini?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tutup pendaftaran' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tutup pendaftaran' }));
    answer.resolve({ body: { ...classDetail, status: 'closed' } });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.calls(`PATCH /api/classes/${classId}`)).toHaveLength(1);
    expect(await api.calls(`PATCH /api/classes/${classId}`)[0]!.json()).toEqual({ status: 'closed' });
  });

  it('downloads the attendance CSV with the bearer token, named as the server says', async () => {
    saveSession(facilitator);
    const api = consoleApi({
      [`GET /api/classes/${classId}/attendance.csv`]: {
        body: '\uFEFF"No","Nama"\r\n"1","Sriyati"\r\n',
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="daftar-hadir-2026-11-28-KMNPQR.csv"' },
      },
    });
    const createObjectURL = vi.fn(() => 'blob:daftar-hadir');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    renderRoute(`/fasilitator/kelas/${classId}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Unduh Daftar Hadir (CSV)' }));
    await waitFor(() => expect(clicked).toEqual(['daftar-hadir-2026-11-28-KMNPQR.csv']));
    const [request] = api.calls(`GET /api/classes/${classId}/attendance.csv`);
    expect(request!.headers.get('Authorization')).toBe(`Bearer ${facilitator.token}`);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Cetak Daftar Hadir' }).getAttribute('href')).toBe(
      `/fasilitator/kelas/${classId}/daftar-hadir`,
    );
  });

  it('switches "Latihan Mandiri" on with the rhythm the facilitator sets, and shows until when it runs', async () => {
    saveSession(facilitator);
    const api = consoleApi({
      [`PUT /api/classes/${classId}/practice`]: async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        return { body: { ...practiceOff, ...body, startsAt: '2026-11-28T09:00:00.000Z', endsAt: '2026-12-01T09:00:00.000Z' } };
      },
    });
    renderRoute(`/fasilitator/kelas/${classId}`);
    const panel = await screen.findByTestId('practice-panel');
    await waitFor(() => expect(within(panel).getByTestId('practice-status').textContent).toBe('Latihan belum dibuka.'));
    fireEvent.click(within(panel).getByTestId('practice-enabled'));
    fireEvent.change(within(panel).getByTestId('practice-daysOpen'), { target: { value: '3' } });
    fireEvent.change(within(panel).getByTestId('practice-ordersPerDay'), { target: { value: '4' } });
    fireEvent.click(within(panel).getByTestId('practice-save'));
    await waitFor(() => expect(api.calls(`PUT /api/classes/${classId}/practice`)).toHaveLength(1));
    expect(await api.calls(`PUT /api/classes/${classId}/practice`)[0]!.json()).toEqual({ enabled: true, daysOpen: 3, ordersPerDay: 4, unpaidPercent: 20, fraudPercent: 10 });
    await waitFor(() => expect(within(panel).getByTestId('practice-status').textContent).toContain('Berjalan sampai'));
    expect(within(panel).getByTestId('practice-status').textContent).toContain('0 kunjungan pembeli');
  });

  it('lists who kept practising since the day, and sends one message to the class', async () => {
    saveSession(facilitator);
    const api = consoleApi({ [`POST /api/classes/${classId}/practice/messages`]: { body: { sent: 2 } } });
    renderRoute(`/fasilitator/kelas/${classId}`);
    const panel = await screen.findByTestId('practice-follow-up');
    const rows = await within(panel).findAllByTestId('practice-follow-up-row');
    expect(rows.map((row) => row.getAttribute('data-active'))).toEqual(['true', 'false']);
    expect(within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Sriyati Aktif', '7/9', expect.stringContaining('WIB'), '6', '4', '1']);
    expect(within(rows[1]!).getAllByRole('cell')[2]!.textContent).toBe('Belum pernah');
    expect(within(panel).getByTestId('practice-active-count').textContent).toBe('1 peserta aktif sejak hari pelatihan');
    const send = within(panel).getByTestId('practice-message-send') as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.change(within(panel).getByTestId('practice-message'), { target: { value: 'Ibu-ibu, jangan lupa kirim pesanan ya.' } });
    fireEvent.click(send);
    expect((await within(panel).findByTestId('practice-message-sent')).textContent).toBe('Terkirim ke 2 peserta.');
    expect(await api.calls(`POST /api/classes/${classId}/practice/messages`)[0]!.json()).toEqual({ text: 'Ibu-ibu, jangan lupa kirim pesanan ya.' });
  });
});
