import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { stubApi } from '../../../testing/fake-api';
import { lastSocket } from '../../../testing/fake-socket';
import { bcaPayment, buyer, orderDetail, orderEvent, orderId } from '../../../testing/order-fixtures';
import { renderRoute } from '../../../testing/render-route';

beforeEach(() => saveSession(buyer));
afterEach(() => vi.useRealTimers());

const paid = orderDetail({
  state: 'PAID',
  stateLabelKey: 'order.state.PAID',
  paidAt: '2026-11-28T03:05:00.000Z',
  payment: { ...bcaPayment, state: 'settled', expiresAtReal: null },
  history: [...orderDetail().history, { from: 'AWAITING_PAYMENT', to: 'PAID', actor: 'payment', reason: null, note: null, at: '2026-11-28T03:05:00.000Z' }],
});

describe('payment instructions (/pesanan/:orderId/bayar)', () => {
  it('shows the VA number big with a copy button, the amount, the countdown and the "Cara bayar" steps', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: Date.parse('2026-11-28T03:00:00.000Z') });
    stubApi({ [`GET /api/orders/${orderId}`]: { body: orderDetail() } });
    renderRoute(`/pesanan/${orderId}/bayar`);
    expect((await screen.findByTestId('payment-status')).textContent).toBe('Menunggu pembayaran');
    const va = screen.getByTestId('va-number');
    expect(va.textContent).toBe('1270 8123 4567 89');
    expect(va.getAttribute('data-number')).toBe('12708123456789');
    expect(screen.getByRole('button', { name: 'Salin Nomor Virtual Account' })).toBeTruthy();
    expect(screen.getByTestId('pay-amount').textContent).toBe('Rp 37.000');
    // 24 real minutes at 60× = the class's 24 hours.
    expect(screen.getByTestId('countdown-time').textContent).toBe('00:24:00');
    expect(screen.getByText('Batas bayar: 29 Nov 2026 10.00 WIB (jam simulasi)')).toBeTruthy();
    const steps = within(screen.getByTestId('how-to-pay')).getAllByRole('listitem').map((li) => li.textContent);
    expect(steps).toEqual([
      'Buka m-BCA (BCA mobile) atau datang ke ATM BCA.',
      'Pilih m-Transfer, lalu BCA Virtual Account.',
      'Masukkan nomor Virtual Account di atas.',
      'Periksa nama toko dan jumlahnya, lalu masukkan PIN untuk membayar.',
    ]);
    const bank = screen.getByRole('link', { name: 'Buka aplikasi bank (simulasi)' });
    expect(bank.getAttribute('href')).toBe('/simulator?bank=bca_va');
    expect(bank.getAttribute('target')).toBe('_blank');

    await act(async () => {
      await vi.advanceTimersByTimeAsync(61_000);
    });
    expect(screen.getByTestId('countdown-time').textContent).toBe('00:22:59');
  });

  it('flips "Menunggu pembayaran" to "Pembayaran diterima" the moment order.paid arrives, without a reload', async () => {
    let current = orderDetail();
    const api = stubApi({ [`GET /api/orders/${orderId}`]: () => ({ body: current }) });
    renderRoute(`/pesanan/${orderId}/bayar`);
    expect((await screen.findByTestId('payment-status')).textContent).toBe('Menunggu pembayaran');
    await waitFor(() => expect(lastSocket()).toBeDefined());
    const socket = lastSocket()!;
    act(() => socket.serverConnect());
    // The page listens in the order's own room.
    await waitFor(() => expect(socket.joinedRooms()).toEqual([`order:${orderId}`]));
    await waitFor(() => expect(screen.getByTestId('payment-page').getAttribute('data-live')).toBe('live'));

    current = paid;
    act(() => socket.serverEvent(orderEvent('order.paid')));
    expect(screen.getByTestId('payment-status').textContent).toBe('Pembayaran diterima');
    expect(screen.queryByTestId('va-number')).toBeNull();
    await waitFor(() => expect(api.calls(`GET /api/orders/${orderId}`).length).toBeGreaterThanOrEqual(3));
    expect(screen.getByRole('link', { name: 'Lihat Pesanan' }).getAttribute('href')).toBe(`/pesanan/${orderId}`);
  });

  it('ignores another order\'s payment', async () => {
    stubApi({ [`GET /api/orders/${orderId}`]: { body: orderDetail() } });
    renderRoute(`/pesanan/${orderId}/bayar`);
    await screen.findByTestId('payment-status');
    await waitFor(() => expect(lastSocket()).toBeDefined());
    act(() => lastSocket()!.serverConnect());
    act(() => lastSocket()!.serverEvent(orderEvent('order.paid', { orderId: 'aaaaaaaa-1111-4111-8111-000000000009' })));
    expect(screen.getByTestId('payment-status').textContent).toBe('Menunggu pembayaran');
  });

  it('shows a QR code with its payer link for QRIS, and a payment code for Alfamart', async () => {
    const qris = orderDetail({
      paymentMethod: 'qris',
      payment: {
        ...bcaPayment,
        method: 'qris',
        kind: 'qris',
        instruction: 'qr_code',
        labelKey: 'payment.method.qris',
        instructions: {
          ...bcaPayment.instructions!,
          vaNumber: null,
          bank: null,
          qrImageDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+',
          payerUrl: 'http://127.0.0.1:3000/simulator/bayar/5f0c8f9e-2222-4c4c-9d9d-555555555555',
          howToPayKey: 'payment.howToPay.qris',
          howToPaySteps: ['payment.howToPay.qris.1', 'payment.howToPay.qris.2', 'payment.howToPay.qris.3'],
        },
      },
    });
    stubApi({ [`GET /api/orders/${orderId}`]: { body: qris } });
    const view = renderRoute(`/pesanan/${orderId}/bayar`);
    expect((await screen.findByTestId('qr-image')).getAttribute('alt')).toBe('Kode QR pembayaran');
    expect(screen.getByRole('link', { name: 'Buka aplikasi bank (simulasi)' }).getAttribute('href')).toBe('/simulator/bayar/5f0c8f9e-2222-4c4c-9d9d-555555555555');
    view.unmount();

    const alfamart = orderDetail({
      payment: {
        ...bcaPayment,
        method: 'cstore_alfamart',
        kind: 'cstore',
        instruction: 'payment_code',
        labelKey: 'payment.method.cstore_alfamart',
        instructions: { ...bcaPayment.instructions!, vaNumber: null, paymentCode: '1990123456789012', store: 'alfamart', howToPaySteps: ['payment.howToPay.cstore_alfamart.1'] },
      },
    });
    stubApi({ [`GET /api/orders/${orderId}`]: { body: alfamart } });
    renderRoute(`/pesanan/${orderId}/bayar`);
    expect((await screen.findByTestId('payment-code')).textContent).toBe('1990 1234 5678 9012');
    expect(screen.getByText('Alfamart')).toBeTruthy();
  });

  it('offers "Coba Lagi" when the gateway could not make the VA', async () => {
    const failed = orderDetail({ payment: { ...bcaPayment, chargeStatus: 'failed', instructions: null } });
    const api = stubApi({
      [`GET /api/orders/${orderId}`]: { body: failed },
      [`POST /api/orders/${orderId}/payment/retry`]: { body: orderDetail() },
    });
    renderRoute(`/pesanan/${orderId}/bayar`);
    fireEvent.click(await screen.findByRole('button', { name: 'Coba Lagi' }));
    expect((await screen.findByTestId('va-number')).textContent).toBe('1270 8123 4567 89');
    expect(api.calls(`POST /api/orders/${orderId}/payment/retry`)).toHaveLength(1);
  });
});
