import { bootApp, type BootedApp } from '../../../test/boot-app.js';
import { API_CONTENT_SECURITY_POLICY } from './security-headers.js';

/**
 * Each answer carries the security headers that mean something for it (security-headers.ts): a page the whole
 * policy, an API answer that nothing may load from it and nobody may frame it. Headers are paid for on every answer
 * over the hall's plain HTTP/1.1, so an API answer's set is held small.
 */
describe('security headers on the API’s answers', () => {
  let booted: BootedApp;

  beforeAll(async () => {
    booted = await bootApp();
  });
  afterAll(async () => {
    await booted.close();
  });

  const headersOf = async (path: string) => {
    const res = await fetch(`${booted.baseUrl}${path}`);
    await res.arrayBuffer();
    return { status: res.status, headers: res.headers };
  };

  it.each([
    ['an answer', '/api/health', 200],
    ['a refusal', '/api/auth/me', 401],
    ['a path the API does not know', '/api/tidak-ada', 404],
    ['the OpenAPI document (data)', '/api/docs-json', 200],
  ])('%s (%s): no framing, no sniffing, nothing loads from it, and no page-only header', async (_what, path, status) => {
    const { status: answered, headers } = await headersOf(path);
    expect(answered).toBe(status);
    expect(headers.get('content-security-policy')).toBe(API_CONTENT_SECURITY_POLICY);
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('cross-origin-resource-policy')).toBe('same-site');
    const pageOnly = ['referrer-policy', 'cross-origin-opener-policy', 'origin-agent-cluster', 'x-dns-prefetch-control', 'x-download-options', 'x-permitted-cross-domain-policies', 'x-xss-protection'];
    expect(pageOnly.filter((name) => headers.has(name))).toEqual([]);
    // All of an answer's headers, as sent over HTTP/1.1: was about 890 bytes for /api/health with the page's set.
    let bytes = 0;
    headers.forEach((value, name) => (bytes += name.length + value.length + 4));
    expect(bytes).toBeLessThan(450);
  });

  it('gives the API documentation’s page (a page, with scripts) the whole policy', async () => {
    const { status, headers } = await headersOf('/api/docs');
    expect(status).toBe(200);
    expect(headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('x-frame-options')).toBe('DENY');
  });
});
