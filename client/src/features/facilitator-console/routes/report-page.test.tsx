import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { stubApi } from '../../../testing/fake-api';
import { renderRoute } from '../../../testing/render-route';
import type { ClassReportView } from '../api/get-report';
import { classId, facilitator } from '../testing/fixtures';

const counts = (sales: number) => ({ productsPosted: 1, orders: 2, payments: 1, shipments: 1, completedOrders: 1, withdrawals: 0, salesRupiah: sales, withdrawnRupiah: 0 });

const report: ClassReportView = {
  class: {
    id: classId,
    name: 'Pelatihan E-Commerce PKH Ambarawa',
    place: 'Balai Pekon Ambarawa',
    date: '2026-11-28',
    timeZone: 'Asia/Jakarta',
    regencyLabel: 'Kab. Pringsewu',
    joinCode: 'KMNPQR',
    status: 'open',
    facilitators: ['Rina', 'Dewi'],
  },
  generatedAt: '2026-11-28T05:00:00.000Z',
  missionIds: ['product_with_photo', 'fraud_drill'],
  missions: [
    { id: 'product_with_photo', doneCount: 2, failedCount: 0, total: 2 },
    { id: 'fraud_drill', doneCount: 1, failedCount: 1, total: 2 },
  ],
  trainees: [
    {
      participantId: 'p1',
      name: 'Sriyati',
      village: 'Pekon Ambarawa',
      shopName: 'Toko Sriyati',
      joinedAt: '2026-11-28T02:05:00.000Z',
      missions: [
        { id: 'product_with_photo', state: 'done' },
        { id: 'fraud_drill', state: 'failed' },
      ],
      doneCount: 1,
      counts: counts(32000),
    },
    {
      participantId: 'p2',
      name: 'Wati',
      village: null,
      shopName: 'Toko Wati',
      joinedAt: '2026-11-28T02:06:00.000Z',
      missions: [
        { id: 'product_with_photo', state: 'done' },
        { id: 'fraud_drill', state: 'done' },
      ],
      doneCount: 2,
      counts: counts(54000),
    },
  ],
  totals: { ...counts(86000), productsPosted: 2, orders: 4 },
  traineeCount: 2,
  completionSeries: [],
  timeline: [{ at: '2026-11-28T02:10:00.000Z', simTime: null, type: 'order.paid', text: { key: 'feed.order.paid', params: { invoiceNumber: 'INV/20261128/PL/0001' } } }],
  learningCheck: {
    afterOpenedAt: '2026-11-28T05:00:00.000Z',
    questions: [
      {
        questionId: 'q1',
        picture: 'pay-first',
        promptId: 'Siapa yang bayar duluan?',
        promptEn: 'Who pays first?',
        before: { answered: 2, correct: 1, percent: 50 },
        after: { answered: 2, correct: 2, percent: 100 },
        gain: 50,
      },
      {
        questionId: 'q2',
        picture: 'otp-pin',
        promptId: 'Ada yang minta kode OTP atau PIN Anda.',
        promptEn: 'Someone asks for your OTP code or PIN.',
        before: { answered: 0, correct: 0, percent: null },
        after: { answered: 1, correct: 1, percent: 100 },
        gain: null,
      },
    ],
    trainees: [{ participantId: 'p1', name: 'Sriyati', beforeCorrect: 1, beforeAnswered: 1, afterCorrect: 2, afterAnswered: 2, answers: [] }],
  },
  practice: { actions: 5, trainees: 1, lastAt: '2026-11-30T03:00:00.000Z' },
  attendanceCsvUrl: `/api/classes/${classId}/attendance.csv`,
  reportCsvUrl: `/api/classes/${classId}/report.csv`,
};

afterEach(() => vi.restoreAllMocks());

describe('report page', () => {
  it('lists each trainee with her missions, the totals in rupiah, a bar per mission and the timeline in sentences', async () => {
    saveSession(facilitator);
    stubApi({ [`GET /api/classes/${classId}/report`]: { body: report } });
    renderRoute(`/fasilitator/kelas/${classId}/laporan`);
    await screen.findByTestId('report', {}, { timeout: 5_000 });
    expect(screen.getByTestId('report-attendance').textContent).toContain('2 peserta hadir');
    expect(screen.getByTestId('report-practice').textContent).toBe('Berlatih setelah hari H: 1 peserta, 5 aksi.');
    const rows = screen.getAllByTestId('report-trainee');
    expect(rows.map((row) => row.getAttribute('data-name'))).toEqual(['Sriyati', 'Wati']);
    expect(within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', 'Sriyati', 'Pekon Ambarawa', 'Toko Sriyati', '✓', '✗', '1/2', 'Rp 32.000']);
    expect(screen.getByText('Rp 86.000')).toBeTruthy();
    const bars = screen.getByTestId('report-chart').querySelectorAll('rect.report__chart-bar');
    expect(bars).toHaveLength(2);
    expect(Number(bars[0]!.getAttribute('width'))).toBeGreaterThan(Number(bars[1]!.getAttribute('width')));
    expect(screen.getByTestId('report-timeline').textContent).toContain('Pesanan INV/20261128/PL/0001 dibayar');
    // "Cek Pemahaman": two CSS bars per question, the share right and the gain in points.
    const [first, second] = screen.getAllByTestId('learning-gain');
    expect(within(first!).getByTestId('learning-before').textContent).toBe('50%');
    expect(within(first!).getByTestId('learning-after').textContent).toBe('100%');
    expect(within(first!).getByTestId('learning-gain-value').textContent).toBe('+50 poin');
    expect((first!.querySelector('.learning-bars__row--after .learning-bars__bar') as HTMLElement).style.width).toBe('100%');
    expect(within(second!).getByTestId('learning-before').textContent).toBe('—');
  });

  it('prints with "Cetak / Simpan PDF"', async () => {
    saveSession(facilitator);
    stubApi({ [`GET /api/classes/${classId}/report`]: { body: report } });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderRoute(`/fasilitator/kelas/${classId}/laporan`);
    await screen.findByTestId('report', {}, { timeout: 5_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Cetak / Simpan PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
