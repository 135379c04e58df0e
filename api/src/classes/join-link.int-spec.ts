import http from 'node:http';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, apiClient, createClass, loginAs, TEST_ADMIN } from '../../test/api-client.js';

/** The join link behind a reverse proxy (nginx in the multi-node compose file), and the address the facilitator chooses. */
// node:http, not fetch: fetch does not let a caller set Host.
function classDetail(booted: BootedApp, token: string, classId: string, headers: Record<string, string>) {
  return new Promise<{ joinUrl: string; joinUrlSure: boolean; joinBaseChoices: string[] }>((resolve, reject) => {
    const req = http.get(`${booted.baseUrl}/api/classes/${classId}`, { headers: { authorization: `Bearer ${token}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(body)) : reject(new Error(`${res.statusCode} ${body}`))));
    });
    req.on('error', reject);
  });
}

describe.each([
  ['a trusted proxy (TRUST_PROXY=loopback, the default)', 'loopback', true],
  ['an untrusted one (TRUST_PROXY names another address)', '10.99.99.99', false],
])('join links behind %s', (_label, trustProxy, honoured) => {
  let booted: BootedApp;
  let token: string;
  let classId: string;
  let joinCode: string;

  beforeAll(async () => {
    booted = await bootApp({ env: { ...ADMIN_ENV, TRUST_PROXY: trustProxy } });
    const api = apiClient(booted.baseUrl);
    token = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
    ({ id: classId, joinCode } = await createClass(api, token));
  });
  afterAll(() => booted.close());

  it(honoured ? 'follows X-Forwarded-Host and -Proto' : 'ignores X-Forwarded-Host and -Proto', async () => {
    const detail = await classDetail(booted, token, classId, { 'x-forwarded-host': 'pasar.example.id:8443', 'x-forwarded-proto': 'https' });
    if (honoured) {
      expect(detail.joinUrl).toBe(`https://pasar.example.id:8443/gabung/${joinCode}`);
      expect(detail.joinUrlSure).toBe(true);
    } else {
      expect(detail.joinUrl).not.toContain('pasar.example.id');
      expect(detail.joinUrl.startsWith('http://')).toBe(true);
    }
  });

  it('keeps the LAN address the browser used (Host)', async () => {
    const detail = await classDetail(booted, token, classId, { host: '192.168.1.10:3000' });
    expect(detail.joinUrl).toBe(`http://192.168.1.10:3000/gabung/${joinCode}`);
    expect(detail.joinUrlSure).toBe(true);
  });

  it('makes the link and QR for a chosen address, and refuses one that is not an address', async () => {
    const api = apiClient(booted.baseUrl);
    const ok = await api.get(`/api/classes/${classId}/join-link?base=${encodeURIComponent('http://10.0.0.5:3000')}`, { token });
    expect(ok.status).toBe(200);
    expect(ok.body.joinUrl).toBe(`http://10.0.0.5:3000/gabung/${joinCode}`);
    expect(ok.body.joinQrSvg).toMatch(/^<svg/);
    const bad = await api.get(`/api/classes/${classId}/join-link?base=${encodeURIComponent('javascript:alert(1)')}`, { token });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('INVALID_JOIN_BASE');
    const none = await api.get(`/api/classes/${classId}/join-link`, { token });
    expect(none.status).toBe(400);
  });
});
