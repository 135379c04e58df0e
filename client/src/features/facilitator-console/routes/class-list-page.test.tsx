import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { stubApi } from '../../../testing/fake-api';
import { renderRoute } from '../../../testing/render-route';
import { classDetail, facilitator } from '../testing/fixtures';

const provinces = [
  { code: '17', name: 'Bengkulu', islandGroup: 'sumatera' },
  { code: '18', name: 'Lampung', islandGroup: 'sumatera' },
];
const regencies = [
  { code: '18.09', provinceCode: '18', name: 'Pesawaran', type: 'kabupaten', label: 'Kab. Pesawaran' },
  { code: '18.10', provinceCode: '18', name: 'Pringsewu', type: 'kabupaten', label: 'Kab. Pringsewu' },
];

afterEach(() => {
  vi.useRealTimers();
});

describe('ClassListPage', () => {
  it('creates a class dated today in WIB, in Kab. Pringsewu by default, and opens it', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-27T18:30:00.000Z') }); // 28 Nov, 01.30 WIB
    saveSession(facilitator);
    const api = stubApi({
      'GET /api/classes': { body: [] },
      'GET /api/regions/provinces': { body: provinces },
      'GET /api/regions/provinces/18/regencies': { body: regencies },
      'POST /api/classes': { status: 201, body: classDetail },
    });
    const view = renderRoute('/fasilitator');
    fireEvent.click(await screen.findByRole('button', { name: 'Buat Kelas' }));
    expect((screen.getByLabelText('Tanggal') as HTMLInputElement).value).toBe('2026-11-28');
    await waitFor(() => expect((screen.getByLabelText('Kabupaten / kota') as HTMLSelectElement).value).toBe('18.10'));
    expect((screen.getByLabelText('Provinsi') as HTMLSelectElement).value).toBe('18');

    fireEvent.change(screen.getByLabelText('Nama kelas'), { target: { value: 'Pelatihan E-Commerce PKH' } });
    fireEvent.change(screen.getByLabelText('Tempat'), { target: { value: 'Balai Pekon Ambarawa' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Buat Kelas' }).at(-1)!);
    await waitFor(() => expect(view.location().pathname).toBe(`/fasilitator/kelas/${classDetail.id}`));
    expect(await api.calls('POST /api/classes')[0]!.json()).toEqual({
      name: 'Pelatihan E-Commerce PKH',
      place: 'Balai Pekon Ambarawa',
      date: '2026-11-28',
      regencyCode: '18.10',
    });
  });

  it('marks a class another facilitator shared with this one', async () => {
    saveSession(facilitator);
    stubApi({
      'GET /api/classes': {
        body: [
          { ...classDetail, id: 'c1000000-0000-4000-8000-000000000001', name: 'Kelas Rina' },
          { ...classDetail, id: 'c1000000-0000-4000-8000-000000000002', name: 'Kelas Dewi', ownerId: 'd0000000-0000-4000-8000-000000000001', ownerName: 'Dewi' },
        ],
      },
    });
    renderRoute('/fasilitator');
    await screen.findByText('Kelas Dewi');
    const items = screen.getAllByTestId('class-item');
    expect(items[0]!.querySelector('[data-testid="shared-class"]')).toBeNull();
    expect(items[1]!.querySelector('[data-testid="shared-class"]')?.textContent).toBe('Kelas bersama · dibuat oleh Dewi');
  });
});
