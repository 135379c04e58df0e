import http from 'node:http';
import { bootApp, type BootedApp } from '../../../test/boot-app.js';

/**
 * The app keeps a phone's connection open while she reads a page (keep-alive.ts), as a phone's browser does: her next
 * tap goes out on it at once instead of waiting one round trip for a new connection. Node's default closed it after 5 s.
 */
describe('a phone’s connection stays open between taps', () => {
  let booted: BootedApp | undefined;

  afterEach(async () => {
    await booted?.close();
    booted = undefined;
  });

  const get = (agent: http.Agent, url: string) =>
    new Promise<{ status: number; reused: boolean; keepAlive: string | undefined }>((resolve, reject) => {
      const request = http.get(url, { agent }, (answer) => {
        answer.resume();
        answer.on('end', () => resolve({ status: answer.statusCode!, reused: request.reusedSocket, keepAlive: answer.headers['keep-alive'] as string | undefined }));
      });
      request.on('error', reject);
    });

  it('answers a tap after 6 s of reading on the same connection, and the app still stops at once', async () => {
    booted = await bootApp();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await get(agent, `${booted.baseUrl}/api/health`)).toEqual({ status: 200, reused: false, keepAlive: 'timeout=75' });
      // She reads the page: longer than Node's default of 5 s, after which the connection was gone.
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(await get(agent, `${booted.baseUrl}/api/health`)).toEqual({ status: 200, reused: true, keepAlive: 'timeout=75' });

      // Her connection is still open as the app stops: the stop does not wait for it to run out.
      const app = booted;
      booted = undefined;
      let stopped = false;
      const stopping = app.close().then(() => (stopped = true));
      await vi.waitFor(() => expect(stopped).toBe(true), { timeout: 30_000 });
      await stopping;
    } finally {
      agent.destroy();
    }
  });
});
