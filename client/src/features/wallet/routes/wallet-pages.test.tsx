import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import type { components } from '../../../shared/api/schema';
import { saveSession } from '../../../shared/auth/session';
import { apiError, deferred, stubApi } from '../../../testing/fake-api';
import { FakeSocket } from '../../../testing/fake-socket';
import { orderId, seller, sellerShopId } from '../../../testing/order-fixtures';
import { BankAccountPage } from './bank-account-page';
import { WalletPage } from './wallet-page';
import { WithdrawPage } from './withdraw-page';

type Wallet = components['schemas']['WalletView'];

const bca = { bankCode: 'bca', bankName: 'BCA', accountNumber: '1234567890', maskedNumber: '•••• 7890', holderName: 'SRIYATI', registeredAt: '2026-11-28T03:00:00.000Z', rejected: false };

function wallet(change: Partial<Wallet> = {}): Wallet {
  return {
    balance: { held: 25_000, available: 47_500 },
    held: [{ orderId, invoiceNumber: 'INV/20261128/PL/0001', amount: 25_000, state: 'DELIVERED', waitingKey: 'wallet.waiting.DELIVERED', dueAt: '2026-12-01T03:00:00.000Z' }],
    history: [
      {
        id: '2',
        kind: 'order_released',
        account: 'available',
        amount: 47_500,
        at: '2026-11-28T05:00:00.000Z',
        orderId,
        invoiceNumber: 'INV/20261128/PL/0001',
        withdrawalId: null,
        promotionId: null,
        fee: 2_500,
      },
    ],
    bankAccount: bca,
    withdrawals: [],
    settings: { sellerFeePercent: 5, withdrawalFee: 2_500, minWithdrawal: 10_000, promotionPricePerDay: 5_000 },
    ...change,
  };
}

const withdrawal = {
  id: 'wwwwwwww-1111-4111-8111-000000000001',
  amount: 47_500,
  fee: 2_500,
  net: 45_000,
  status: 'processing' as const,
  failureCode: null,
  bankName: 'BCA',
  maskedNumber: '•••• 7890',
  requestedAt: '2026-11-28T05:00:00.000Z',
  dueAt: '2026-11-29T05:00:00.000Z',
  finishedAt: null,
  replayed: false,
};

const FIRST_LOAD_MS = 5000;

function renderPage(page: React.ReactNode) {
  return render(<MemoryRouter useTransitions={false}>{page}</MemoryRouter>);
}

beforeEach(() => saveSession(seller));

describe('Saldo Penjual (/toko/saldo)', () => {
  it('shows the saldo, what held money waits for, and each movement with its order', async () => {
    stubApi({ 'GET /api/wallet': { body: wallet() } });
    renderPage(<WalletPage />);
    expect((await screen.findByTestId('wallet-available', {}, { timeout: FIRST_LOAD_MS })).textContent).toBe('Rp 47.500');
    expect(screen.getByTestId('wallet-held').textContent).toBe('Rp 25.000');
    expect(screen.getByTestId('wallet-held-list').textContent).toContain('Menunggu pesanan diterima pembeli');
    expect(screen.getByTestId('wallet-held-list').textContent).toContain('Selesai otomatis 1 Des 2026 10.00 WIB');
    const history = screen.getByTestId('wallet-history').textContent!;
    expect(history).toContain('Pesanan selesai, masuk saldo');
    expect(history).toContain('+Rp 47.500');
    expect(history).toContain('INV/20261128/PL/0001');
    expect(history).toContain('Biaya: Rp 2.500');
  });

  it('reloads when this shop’s money moves, live', async () => {
    const api = stubApi({ 'GET /api/wallet': { body: wallet() } });
    renderPage(<WalletPage />);
    await screen.findByTestId('wallet-available', {}, { timeout: FIRST_LOAD_MS });
    await waitFor(() => expect(FakeSocket.instances.length).toBe(1));
    const socket = FakeSocket.instances[0]!;
    act(() => socket.serverConnect());
    // A fresh connection loads once more (what was missed before it); then only this shop's events reload.
    await waitFor(() => expect(api.calls('GET /api/wallet').length).toBe(2));
    const before = api.calls('GET /api/wallet').length;
    act(() => socket.serverEvent({ id: '9', type: 'wallet.funds_released', classId: seller.classId, actorId: null, payload: { shopId: 'another-shop' }, occurredAt: '', simTime: null }));
    act(() => socket.serverEvent({ id: '10', type: 'wallet.funds_released', classId: seller.classId, actorId: null, payload: { shopId: sellerShopId }, occurredAt: '', simTime: null }));
    await waitFor(() => expect(api.calls('GET /api/wallet').length).toBe(before + 1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.calls('GET /api/wallet').length).toBe(before + 1);
  });
});

describe('Tarik Dana (/toko/tarik-dana)', () => {
  it('shows the fee and what the bank receives, and makes one withdrawal of a double tap', async () => {
    const answer = deferred<{ body: typeof withdrawal; status: number }>();
    const api = stubApi({ 'GET /api/wallet': { body: wallet() }, 'POST /api/wallet/withdrawals': () => answer.promise });
    renderPage(<WithdrawPage />);
    const amount = await screen.findByTestId('withdraw-amount', {}, { timeout: FIRST_LOAD_MS });
    fireEvent.change(amount, { target: { value: '9000' } });
    expect(screen.getByTestId('withdraw-problem').textContent).toBe('Penarikan minimal Rp 10.000.');
    fireEvent.change(amount, { target: { value: '50.000' } });
    expect(screen.getByTestId('withdraw-problem').textContent).toBe('Saldo Anda hanya Rp 47.500.');
    fireEvent.click(screen.getByTestId('withdraw-all'));
    // "Tarik semua": the amount written as rupiah are read, and the last question asked at once (one tap fewer).
    expect((amount as HTMLInputElement).value).toBe('47.500');
    expect(screen.getByTestId('withdraw-net').textContent).toBe('Rp 45.000');
    expect(screen.getByTestId('withdraw-summary').textContent).toContain('-Rp 2.500');
    expect(screen.queryByTestId('withdraw-submit')).toBeNull();
    const confirm = screen.getByRole('button', { name: 'Ya, Tarik Dana' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    answer.resolve({ status: 201, body: withdrawal });
    expect((await screen.findByTestId('withdraw-done')).textContent).toContain('Rp 45.000');
    const posts = api.calls('POST /api/wallet/withdrawals');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await posts[0]!.json()).toEqual({ amount: 47_500 });
  });

  it('says a reused key in a withdrawal’s words, not the checkout’s', async () => {
    stubApi({ 'GET /api/wallet': { body: wallet() }, 'POST /api/wallet/withdrawals': apiError(409, 'IDEMPOTENCY_KEY_REUSED') });
    renderPage(<WithdrawPage />);
    await screen.findByTestId('withdraw-amount', {}, { timeout: FIRST_LOAD_MS });
    fireEvent.click(screen.getByTestId('withdraw-all'));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, Tarik Dana' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Permintaan ini sudah terkirim sebelumnya. Muat ulang halaman untuk melihat hasilnya.');
    expect(alert.textContent).not.toContain('Pesanan');
  });

  it('sends the seller to register a bank account first', async () => {
    stubApi({ 'GET /api/wallet': { body: wallet({ bankAccount: null }) } });
    renderPage(<WithdrawPage />);
    expect((await screen.findByTestId('withdraw-needs-bank', {}, { timeout: FIRST_LOAD_MS })).textContent).toContain('Daftarkan rekening bank dulu');
  });

  it('shows a failed withdrawal and says the money came back', async () => {
    stubApi({ 'GET /api/wallet': { body: wallet({ withdrawals: [{ ...withdrawal, status: 'failed', failureCode: 'ACCOUNT_CLOSED' }] }) } });
    renderPage(<WithdrawPage />);
    const item = await screen.findByTestId('withdrawal', {}, { timeout: FIRST_LOAD_MS });
    expect(item.textContent).toContain('Gagal');
    expect(item.textContent).toContain('sudah kembali ke saldo');
  });
});

describe('Rekening Bank (/toko/rekening)', () => {
  const banks = [
    { code: 'bca', name: 'BCA', fullName: 'Bank Central Asia', lengths: [10] },
    { code: 'bri', name: 'BRI', fullName: 'Bank Rakyat Indonesia', lengths: [15] },
  ];

  it('checks the name at the bank, and saves only once the seller confirms it is hers', async () => {
    const api = stubApi({
      'GET /api/wallet': { body: wallet({ bankAccount: null }) },
      'GET /api/wallet/banks': { body: banks },
      'POST /api/wallet/bank-account/check': (request) =>
        request.json().then((body: { accountNumber: string }) =>
          body.accountNumber.length === 10
            ? { body: { bankCode: 'bca', bankName: 'BCA', accountNumber: body.accountNumber, bankHolderName: 'SRIYATI SPD' } }
            : apiError(400, 'ACCOUNT_NUMBER_LENGTH'),
        ),
      'PUT /api/wallet/bank-account': { body: { ...bca, holderName: 'SRIYATI SPD' } },
    });
    renderPage(<BankAccountPage />);
    fireEvent.change(await screen.findByTestId('bank-select', {}, { timeout: FIRST_LOAD_MS }), { target: { value: 'bca' } });
    fireEvent.change(screen.getByTestId('bank-number'), { target: { value: '12345' } });
    expect(screen.getByText('Nomor rekening BCA: 10 angka (sekarang 5).')).toBeTruthy();
    fireEvent.change(screen.getByTestId('bank-holder'), { target: { value: 'Sriyati, S.Pd.' } });
    fireEvent.click(screen.getByTestId('bank-check'));
    expect((await screen.findByRole('alert')).textContent).toContain('Jumlah angka nomor rekening tidak sesuai');
    fireEvent.change(screen.getByTestId('bank-number'), { target: { value: '123 456 7890' } });
    fireEvent.click(screen.getByTestId('bank-check'));
    expect((await screen.findByTestId('bank-check-name')).textContent).toBe('SRIYATI SPD');
    expect((screen.getByTestId('bank-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('bank-confirm-own'));
    fireEvent.click(screen.getByTestId('bank-save'));
    expect((await screen.findByTestId('bank-account-current')).textContent).toContain('BCA 1234 5678 90');
    expect(await api.calls('PUT /api/wallet/bank-account')[0]!.json()).toEqual({
      bankCode: 'bca',
      accountNumber: '1234567890',
      holderName: 'Sriyati, S.Pd.',
      confirmedHolderName: 'SRIYATI SPD',
      confirmOwn: true,
    });
  });

  it('asks for a new check when anything changes after the bank answered', async () => {
    stubApi({
      'GET /api/wallet': { body: wallet({ bankAccount: null }) },
      'GET /api/wallet/banks': { body: banks },
      'POST /api/wallet/bank-account/check': { body: { bankCode: 'bca', bankName: 'BCA', accountNumber: '1234567890', bankHolderName: 'SRIYATI' } },
    });
    renderPage(<BankAccountPage />);
    fireEvent.change(await screen.findByTestId('bank-select', {}, { timeout: FIRST_LOAD_MS }), { target: { value: 'bca' } });
    fireEvent.change(screen.getByTestId('bank-number'), { target: { value: '1234567890' } });
    fireEvent.change(screen.getByTestId('bank-holder'), { target: { value: 'Sriyati' } });
    fireEvent.click(screen.getByTestId('bank-check'));
    await screen.findByTestId('bank-check-name');
    fireEvent.change(screen.getByTestId('bank-number'), { target: { value: '1234567891' } });
    expect(screen.queryByTestId('bank-check-name')).toBeNull();
    expect(screen.getByTestId('bank-check')).toBeTruthy();
  });
});
