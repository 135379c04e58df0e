import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { stubApi } from '../../../testing/fake-api';
import { lastSocket } from '../../../testing/fake-socket';
import { renderRoute } from '../../../testing/render-route';
import { classDetail, classId, clockReading, facilitator, participant, participants } from '../testing/fixtures';

function joinedEvent(id: string, participantId: string, name: string, role: 'trainee' | 'buyer' = 'trainee') {
  return {
    id,
    type: 'participant.joined',
    classId,
    actorId: participantId,
    payload: { participantId, name, role, shopId: null, joinedAt: '2026-11-28T02:10:00.000Z' },
    occurredAt: '2026-11-28T02:10:00.000Z',
    simTime: null,
  };
}

describe('ProjectorPage', () => {
  it('shows the spaced join code, the QR code, the join URL and who has joined', async () => {
    saveSession(facilitator);
    stubApi({
      [`GET /api/classes/${classId}`]: { body: classDetail },
      // Two trainees, a scenario persona, and a phone that joined as a buyer.
      [`GET /api/classes/${classId}/participants`]: { body: [...participants, participant({ id: 'aaaaaaaa-0000-4000-8000-000000000004', name: 'Pak Joko', role: 'buyer' })] },
      [`GET /api/classes/${classId}/clock`]: { body: clockReading },
    });
    renderRoute(`/fasilitator/kelas/${classId}/proyektor`);
    expect((await screen.findByTestId('projector-code')).textContent).toBe('K M N · P Q R');
    const qr = screen.getByRole('img', { name: /Kode QR/ }) as HTMLImageElement;
    expect(qr.src.startsWith('data:image/svg+xml;utf8,')).toBe(true);
    expect(decodeURIComponent(qr.src.slice('data:image/svg+xml;utf8,'.length))).toBe(classDetail.joinQrSvg);
    expect(screen.getByTestId('projector-url').textContent).toBe('http://192.168.1.10:3000/gabung/KMNPQR');
    expect((await screen.findByTestId('projector-count')).textContent).toBe('2 peserta sudah bergabung+ 1 pembeli');
    const names = within(screen.getByTestId('projector-names'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(names).toEqual(['Siti', 'Sriyati']); // newest first; the persona and the buyer are not among the trainees
  });

  it('when the address is not sure (the app runs in Docker) says so, and the QR follows the address the facilitator chooses', async () => {
    localStorage.clear();
    saveSession(facilitator);
    const chosenSvg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 21 21"><path d="M1 1h5v5H1z"/></svg>';
    const api = stubApi({
      [`GET /api/classes/${classId}`]: {
        body: { ...classDetail, joinUrl: 'http://localhost:3000/gabung/KMNPQR', joinUrlSure: false, joinBaseChoices: ['http://192.168.1.10:3000', 'http://10.0.0.5:3000'] },
      },
      [`GET /api/classes/${classId}/join-link`]: { body: { joinUrl: 'http://10.0.0.5:3000/gabung/KMNPQR', joinQrSvg: chosenSvg } },
      [`GET /api/classes/${classId}/participants`]: { body: participants },
      [`GET /api/classes/${classId}/clock`]: { body: clockReading },
    });
    renderRoute(`/fasilitator/kelas/${classId}/proyektor`);
    const picker = await screen.findByTestId('join-address');
    expect(picker.textContent).toMatch(/HP peserta mungkin tidak bisa membuka alamat ini/);
    expect(screen.getByTestId('projector-url').textContent).toBe('http://localhost:3000/gabung/KMNPQR');
    act(() => within(picker).getByRole('button', { name: 'http://10.0.0.5:3000' }).click());
    await waitFor(() => expect(screen.getByTestId('projector-url').textContent).toBe('http://10.0.0.5:3000/gabung/KMNPQR'));
    const qr = screen.getByRole('img', { name: /Kode QR/ }) as HTMLImageElement;
    expect(decodeURIComponent(qr.src.slice('data:image/svg+xml;utf8,'.length))).toBe(chosenSvg);
    expect(new URL(api.calls(`GET /api/classes/${classId}/join-link`)[0].url).searchParams.get('base')).toBe('http://10.0.0.5:3000');
    expect(localStorage.getItem(`pasar.joinBase.${classId}`)).toBe('http://10.0.0.5:3000');
    // Chosen: the wall keeps only the address and the way back, not the form (its room goes to the code and the QR).
    await waitFor(() => expect(screen.getByTestId('join-address').textContent).toContain('Kode QR memakai alamat yang Anda pilih: http://10.0.0.5:3000'));
    expect(screen.queryByTestId('join-address-input')).toBeNull();
    expect(within(screen.getByTestId('join-address')).queryByRole('button', { name: 'http://192.168.1.10:3000' })).toBeNull();
    act(() => within(screen.getByTestId('join-address')).getByRole('button', { name: 'Kembali ke alamat otomatis' }).click());
    await waitFor(() => expect(screen.getByTestId('projector-url').textContent).toBe('http://localhost:3000/gabung/KMNPQR'));
    expect(screen.getByTestId('join-address').textContent).toMatch(/HP peserta mungkin tidak bisa membuka alamat ini/);
    expect(localStorage.getItem(`pasar.joinBase.${classId}`)).toBeNull();
  });

  it('shows no address picker when the address is sure', async () => {
    localStorage.clear();
    saveSession(facilitator);
    stubApi({
      [`GET /api/classes/${classId}`]: { body: classDetail },
      [`GET /api/classes/${classId}/participants`]: { body: participants },
      [`GET /api/classes/${classId}/clock`]: { body: clockReading },
    });
    renderRoute(`/fasilitator/kelas/${classId}/proyektor`);
    await screen.findByTestId('projector-url');
    expect(screen.queryByTestId('join-address')).toBeNull();
  });

  it('watches the class and adds each phone that joins, without a reload', async () => {
    saveSession(facilitator);
    const api = stubApi({
      [`GET /api/classes/${classId}`]: { body: classDetail },
      [`GET /api/classes/${classId}/participants`]: { body: [] },
      [`GET /api/classes/${classId}/clock`]: { body: clockReading },
    });
    renderRoute(`/fasilitator/kelas/${classId}/proyektor`);
    expect((await screen.findByTestId('projector-count')).textContent).toBe('0 peserta sudah bergabung');
    await waitFor(() => expect(lastSocket()).toBeDefined());
    const socket = lastSocket()!;
    act(() => socket.serverConnect());
    expect(socket.emitted.find((e) => e.event === 'class:watch')?.args[0]).toEqual({ classId });
    await waitFor(() => expect(screen.getByTestId('live-status').dataset.state).toBe('live'));
    const loadsBefore = api.calls(`GET /api/classes/${classId}/participants`).length;

    act(() => socket.serverEvent(joinedEvent('50', 'p-1', 'Sriyati')));
    act(() => socket.serverEvent(joinedEvent('51', 'p-2', 'Siti')));
    act(() => socket.serverEvent(joinedEvent('51', 'p-2', 'Siti'))); // delivered twice, shown once
    act(() => socket.serverEvent({ ...joinedEvent('52', 'p-9', 'Orang Kelas Lain'), classId: 'another-class' }));

    expect(screen.getByTestId('projector-count').textContent).toBe('2 peserta sudah bergabung');
    expect(within(screen.getByTestId('projector-names')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Siti',
      'Sriyati',
    ]);
    expect(screen.queryByTestId('projector-buyers')).toBeNull();
    // A phone that joins as a buyer is counted beside the trainees, not among them (the counters count trainees).
    act(() => socket.serverEvent(joinedEvent('53', 'p-3', 'Pak Joko', 'buyer')));
    expect(screen.getByTestId('projector-count').textContent).toBe('2 peserta sudah bergabung+ 1 pembeli');
    expect(screen.getByTestId('projector-names').textContent).not.toContain('Pak Joko');
    expect(api.calls(`GET /api/classes/${classId}/participants`).length).toBeGreaterThanOrEqual(loadsBefore);

    const watches = () => socket.emitted.filter((e) => e.event === 'class:watch').length;
    act(() => socket.serverDisconnect());
    await waitFor(() => expect(screen.getByTestId('live-status').dataset.state).toBe('offline'));
    act(() => socket.serverConnect({ recovered: true }));
    expect(watches()).toBe(1); // the server gave the rooms back
    act(() => socket.serverDisconnect());
    act(() => socket.serverConnect({ recovered: false }));
    expect(watches()).toBe(2); // a fresh connection must ask again
    const reloads = api.calls(`GET /api/classes/${classId}/participants`).length;
    await waitFor(() => expect(api.calls(`GET /api/classes/${classId}/participants`).length).toBeGreaterThan(reloads));
  });
});
