import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
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
});
