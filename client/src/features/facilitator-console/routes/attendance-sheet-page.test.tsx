import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { stubApi } from '../../../testing/fake-api';
import { renderRoute } from '../../../testing/render-route';
import { classDetail, classId, facilitator, participants } from '../testing/fixtures';
import { AttendanceSheet } from './attendance-sheet-page';

describe('AttendanceSheet (daftar hadir)', () => {
  it('has the report heading, the class, place, date and facilitators', () => {
    render(<AttendanceSheet trainingClass={classDetail} participants={participants} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('DAFTAR HADIR');
    expect(screen.getByText('Pelatihan E-Commerce PKH')).toBeTruthy();
    expect(screen.getByText('Balai Pekon Ambarawa, Kab. Pringsewu')).toBeTruthy();
    expect(screen.getAllByText('Sabtu, 28 November 2026').length).toBeGreaterThan(0);
    expect(screen.getByText('Dewi, Rina Fasilitator')).toBeTruthy();
  });

  it('numbers one row per person present, with an empty signature column; demo buyers are left out', () => {
    render(<AttendanceSheet trainingClass={classDetail} participants={participants} />);
    const table = screen.getByTestId('attendance-table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['No', 'Nama', 'Desa/Alamat', 'No. HP', 'Waktu Bergabung (WIB)', 'Tanda Tangan']);

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const cells = rows.map((row) => within(row).getAllByRole('cell').map((td) => td.textContent));
    expect(cells[0]).toEqual(['1', 'Sriyati', 'Pekon Ambarawa', '081234567890', '09.05', '1.']);
    expect(cells[1]).toEqual(['2', 'Siti', '', '', '09.07', '2.']);
    expect(screen.getByText('Jumlah peserta: 2 orang')).toBeTruthy();
  });

  it('writes a class in Makassar in its own zone, WITA, whatever zone the screen shows', () => {
    render(<AttendanceSheet trainingClass={{ ...classDetail, timeZone: 'Asia/Makassar' }} participants={participants} />);
    const table = screen.getByTestId('attendance-table');
    expect(within(table).getAllByRole('columnheader')[4]!.textContent).toBe('Waktu Bergabung (WITA)');
    const times = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[4]!.textContent);
    expect(times).toEqual(['10.05', '10.07']);
  });

  it('prints with the Cetak button and hides the toolbar from the paper', async () => {
    saveSession(facilitator);
    stubApi({
      [`GET /api/classes/${classId}`]: { body: classDetail },
      [`GET /api/classes/${classId}/participants`]: { body: participants },
    });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderRoute(`/fasilitator/kelas/${classId}/daftar-hadir`);
    await screen.findByTestId('attendance-sheet');
    const button = screen.getByRole('button', { name: 'Cetak' });
    expect(button.closest('.no-print')).toBeTruthy();
    expect(screen.queryByTestId('server-status')).toBeNull(); // no app chrome on this page
    button.click();
    expect(print).toHaveBeenCalledTimes(1);
  });
});
