import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, callApi } from '../../../shared/api/http';
import { connectSocket, disconnectSocket } from '../../../shared/realtime/socket';
import type { FakeSocket } from '../../../testing/fake-socket';
import { HEALTH_POLL_MS } from '../hooks/use-server-status';
import { ServerStatus } from './server-status';

const healthBody = {
  status: 'ok',
  database: 'up',
  uptimeSeconds: 42,
  serverTime: '2026-11-28T15:00:00.000Z',
};

function jsonResponse(body: unknown, status: number) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('ServerStatus', () => {
  it('says "checking" before the first answer arrives', () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => {})));
    render(<ServerStatus />);
    const status = screen.getByTestId('server-status');
    expect(status.dataset.state).toBe('checking');
    expect(status.textContent).toBe('Memeriksa server…');
  });

  it('shows the server as up when GET /api/health answers 200', async () => {
    const fetch = vi.fn(async () => jsonResponse(healthBody, 200));
    vi.stubGlobal('fetch', fetch);
    render(<ServerStatus />);
    const status = screen.getByTestId('server-status');
    await waitFor(() => expect(status.dataset.state).toBe('up'));
    expect(status.textContent).toBe('Server tersambung');
    const request = fetch.mock.calls[0] as unknown as [Request];
    expect(new URL(request[0].url).pathname).toBe('/api/health');
  });

  it('shows the server as down when the request fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    render(<ServerStatus />);
    const status = screen.getByTestId('server-status');
    await waitFor(() => expect(status.dataset.state).toBe('down'));
    expect(status.textContent).toBe('Server tidak tersambung');
  });

  it('shows the server as down when the database is unreachable (503)', async () => {
    const body = { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'database did not answer' };
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(body, 503)));
    render(<ServerStatus />);
    await waitFor(() => expect(screen.getByTestId('server-status').dataset.state).toBe('down'));
  });

  it('checks again when the window regains focus', async () => {
    const fetch = vi
      .fn<() => Promise<Response>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(jsonResponse(healthBody, 200));
    vi.stubGlobal('fetch', fetch);
    render(<ServerStatus />);
    const status = screen.getByTestId('server-status');
    await waitFor(() => expect(status.dataset.state).toBe('down'));
    window.dispatchEvent(new Event('focus'));
    await waitFor(() => expect(status.dataset.state).toBe('up'));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  describe('while the signed-in phone has its socket connected', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    async function connectedSocket(): Promise<FakeSocket> {
      const socket = (await connectSocket('token-ani')) as unknown as FakeSocket;
      act(() => socket.serverConnect());
      return socket;
    }

    it('says the server is up and asks nothing: the ping of the socket is the check', async () => {
      const fetch = vi.fn(async () => jsonResponse(healthBody, 200));
      vi.stubGlobal('fetch', fetch);
      await connectedSocket();
      vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
      render(<ServerStatus />);
      expect(screen.getByTestId('server-status').dataset.state).toBe('up');
      await act(() => vi.advanceTimersByTimeAsync(4 * HEALTH_POLL_MS));
      window.dispatchEvent(new Event('focus'));
      expect(fetch).not.toHaveBeenCalled();
    });

    it('asks at once when the socket drops, and every 30 s until it is back', async () => {
      const fetch = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
      vi.stubGlobal('fetch', fetch);
      const socket = await connectedSocket();
      vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
      render(<ServerStatus />);
      const status = screen.getByTestId('server-status');

      act(() => socket.serverDisconnect());
      await waitFor(() => expect(status.dataset.state).toBe('down'));
      expect(fetch).toHaveBeenCalledTimes(1);
      await act(() => vi.advanceTimersByTimeAsync(HEALTH_POLL_MS));
      expect(fetch).toHaveBeenCalledTimes(2);

      act(() => socket.serverConnect());
      expect(status.dataset.state).toBe('up');
      await act(() => vi.advanceTimersByTimeAsync(4 * HEALTH_POLL_MS));
      expect(fetch).toHaveBeenCalledTimes(2);
    });

    it('says down once an answer says the database is away (the socket stays up through it), and up again once /api/health is well', async () => {
      const away = { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'database did not answer' };
      let databaseUp = false;
      const fetch = vi.fn(async (request: Request) => {
        const health = new URL(request.url).pathname === '/api/health';
        return health && databaseUp ? jsonResponse(healthBody, 200) : jsonResponse(away, 503);
      });
      vi.stubGlobal('fetch', fetch);
      await connectedSocket();
      vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
      render(<ServerStatus />);
      const status = screen.getByTestId('server-status');
      expect(status.dataset.state).toBe('up');

      // She taps something; its read answers that the database is away.
      await act(() => expect(callApi(api.GET('/api/shops/mine/orders'))).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' }));
      await waitFor(() => expect(status.dataset.state).toBe('down'));
      expect(status.textContent).toBe('Server tidak tersambung');
      await waitFor(() => expect(fetch.mock.calls.filter(([r]) => r.url.endsWith('/api/health'))).toHaveLength(1));

      databaseUp = true;
      await act(() => vi.advanceTimersByTimeAsync(HEALTH_POLL_MS));
      await waitFor(() => expect(status.dataset.state).toBe('up'));
      const asked = fetch.mock.calls.length;
      // Up again from the socket: nothing more is asked.
      await act(() => vi.advanceTimersByTimeAsync(4 * HEALTH_POLL_MS));
      expect(fetch).toHaveBeenCalledTimes(asked);
    });

    it('polls again once she signs out (the socket closes)', async () => {
      const fetch = vi.fn(async () => jsonResponse(healthBody, 200));
      vi.stubGlobal('fetch', fetch);
      await connectedSocket();
      render(<ServerStatus />);
      expect(fetch).not.toHaveBeenCalled();
      act(() => disconnectSocket());
      await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
      expect(screen.getByTestId('server-status').dataset.state).toBe('up');
    });
  });
});
