import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, stubApi } from '../../../testing/fake-api';
import { renderRoute } from '../../../testing/render-route';
import type { PayerBill } from '../api/simulator-types';

const bill: PayerBill = {
  transactionId: '5f0c8f9e-2222-4c4c-9d9d-555555555555',
  channel: 'bca_va',
  number: '12708123456789',
  amount: 37000,
  recipient: 'Pasar Latihan – Gula Aren Bu Sriyati',
  status: 'pending',
  expiresAt: '2026-11-29T03:00:00.000Z',
};

const receipt = {
  transactionId: bill.transactionId,
  status: 'settlement' as const,
  amount: 37000,
  recipient: bill.recipient,
  paidAt: '2026-11-28T03:05:00.000Z',
  merchantNotified: true,
};

/** In the bank app: BCA, the VA number typed with spaces, "Cek Tagihan". */
async function findBill() {
  fireEvent.click(await screen.findByRole('button', { name: 'BCA Virtual Account' }));
  fireEvent.change(screen.getByRole('textbox', { name: 'Nomor Virtual Account BCA' }), { target: { value: '12708 1234 56789' } });
  fireEvent.click(screen.getByRole('button', { name: 'Cek Tagihan' }));
  return screen.findByTestId('bill');
}

function typeAmountAndPay(amount: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Jumlah yang dibayar (Rupiah)' }), { target: { value: amount } });
  fireEvent.click(screen.getByRole('button', { name: 'Bayar' }));
}

describe('payment simulator (/simulator), the payer\'s "bank app"', () => {
  it('needs no sign-in and shows the SIMULASI banner', async () => {
    stubApi({});
    renderRoute('/simulator');
    expect((await screen.findByTestId('simulation-banner')).textContent).toBe('SIMULASIBukan bank sungguhan. Tidak ada uang sungguhan.');
    expect(screen.queryByRole('link', { name: 'Pasar Latihan, ke beranda' })).toBeNull();
  });

  it('looks the VA up, shows the amount and the recipient, and pays the exact amount', async () => {
    const api = stubApi({ 'GET /api/simulator/payer/lookup': { body: bill }, 'POST /api/simulator/payer/pay': { body: receipt } });
    renderRoute('/simulator');
    const found = await findBill();
    expect(Object.fromEntries(new URL(api.calls('GET /api/simulator/payer/lookup')[0]!.url).searchParams)).toEqual({ channel: 'bca_va', number: '12708 1234 56789' });
    expect(within(found).getByTestId('bill-recipient').textContent).toBe('Pasar Latihan – Gula Aren Bu Sriyati');
    expect(within(found).getByTestId('bill-amount').textContent).toBe('Rp 37.000');
    typeAmountAndPay('37.000');
    expect((await screen.findByTestId('receipt')).textContent).toContain('Pembayaran Berhasil');
    expect(screen.getByTestId('merchant-notified').textContent).toBe('Toko sudah menerima kabar pembayaran ini.');
    expect(await api.calls('POST /api/simulator/payer/pay')[0]!.json()).toEqual({ channel: 'bca_va', number: '12708123456789', amount: 37000 });
  });

  it.each([
    ['AMOUNT_MISMATCH', 400, 'Jumlahnya harus sama persis dengan tagihan.'],
    ['VA_EXPIRED', 409, 'Batas waktu pembayaran sudah lewat. Nomor ini tidak bisa dibayar lagi.'],
    ['ALREADY_PAID', 409, 'Tagihan ini sudah dibayar.'],
  ])('shows the refusal %s in plain words', async (code, status, message) => {
    stubApi({ 'GET /api/simulator/payer/lookup': { body: bill }, 'POST /api/simulator/payer/pay': apiError(status, code) });
    renderRoute('/simulator');
    await findBill();
    typeAmountAndPay('36000');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(message);
    expect(alert.getAttribute('data-code')).toBe(code);
    expect(screen.queryByTestId('receipt')).toBeNull();
  });

  it('says VA_NOT_FOUND for an unknown number', async () => {
    stubApi({ 'GET /api/simulator/payer/lookup': apiError(404, 'VA_NOT_FOUND') });
    renderRoute('/simulator');
    fireEvent.click(await screen.findByRole('button', { name: 'BCA Virtual Account' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Nomor Virtual Account BCA' }), { target: { value: '999' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cek Tagihan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Nomor pembayaran tidak ditemukan. Periksa lagi nomornya.');
  });

  it('shows an expired or paid bill as such, without a "Bayar" button', async () => {
    stubApi({ 'GET /api/simulator/payer/lookup': { body: { ...bill, status: 'expire' } } });
    renderRoute('/simulator?bank=bca_va');
    expect(screen.queryByRole('button', { name: 'Bayar' })).toBeNull();
    expect((await screen.findByRole('button', { name: 'BCA Virtual Account' })).getAttribute('aria-pressed')).toBe('true');
    fireEvent.change(screen.getByRole('textbox', { name: 'Nomor Virtual Account BCA' }), { target: { value: '12708123456789' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cek Tagihan' }));
    expect((await screen.findByTestId('bill-closed')).textContent).toBe('Batas waktu pembayaran sudah lewat. Nomor ini tidak bisa dibayar lagi.');
    expect(screen.queryByRole('button', { name: 'Bayar' })).toBeNull();
  });

  it('checks the typed amount before asking the bank', async () => {
    const api = stubApi({ 'GET /api/simulator/payer/lookup': { body: bill } });
    renderRoute('/simulator');
    await findBill();
    typeAmountAndPay('tiga puluh');
    expect(screen.getByText('Tulis jumlahnya dengan angka, misalnya 36000.')).toBeTruthy();
    expect(api.calls('POST /api/simulator/payer/pay')).toHaveLength(0);
  });
});

describe('QR link (/simulator/bayar/:id)', () => {
  it('opens the QRIS bill, ready to pay', async () => {
    const qris = { ...bill, channel: 'qris' as const, number: bill.transactionId };
    const api = stubApi({ [`GET /api/simulator/payer/qr/${bill.transactionId}`]: { body: qris }, 'POST /api/simulator/payer/pay': { body: receipt } });
    renderRoute(`/simulator/bayar/${bill.transactionId}`);
    expect((await screen.findByTestId('bill-amount')).textContent).toBe('Rp 37.000');
    typeAmountAndPay('37000');
    await screen.findByTestId('receipt');
    expect(await api.calls('POST /api/simulator/payer/pay')[0]!.json()).toEqual({ channel: 'qris', number: bill.transactionId, amount: 37000 });
    await waitFor(() => expect(screen.getByTestId('simulation-banner')).toBeTruthy());
  });
});
