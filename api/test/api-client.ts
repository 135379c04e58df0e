// A tiny typed-enough HTTP helper for integration tests: JSON in, { status, body } out.
export interface ApiResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

export function apiClient(baseUrl: string) {
  const call = async <T = any>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; form?: FormData; ip?: string } = {},
  ): Promise<ApiResult<T>> => {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    // The app trusts loopback proxies, so a test can act as phones behind different addresses.
    if (options.ip) headers['x-forwarded-for'] = options.ip;
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      // fetch sets the multipart boundary itself for a FormData body.
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (CSV, SVG, …)
    }
    return { status: res.status, body: body as T, headers: res.headers, text };
  };
  return {
    get: <T = any>(path: string, options?: { token?: string; ip?: string }) => call<T>('GET', path, options),
    post: <T = any>(path: string, body?: unknown, options?: { token?: string; ip?: string }) => call<T>('POST', path, { ...options, body }),
    patch: <T = any>(path: string, body?: unknown, options?: { token?: string; ip?: string }) => call<T>('PATCH', path, { ...options, body }),
    put: <T = any>(path: string, body?: unknown, options?: { token?: string; ip?: string }) => call<T>('PUT', path, { ...options, body }),
    delete: <T = any>(path: string, options?: { token?: string; ip?: string }) => call<T>('DELETE', path, options),
    /** A multipart upload of one file (the field is `file` unless told). */
    upload: <T = any>(
      path: string,
      file: { bytes: Buffer; filename: string; contentType: string },
      options: { token?: string; ip?: string; field?: string } = {},
    ) => {
      const form = new FormData();
      form.append(options.field ?? 'file', new Blob([new Uint8Array(file.bytes)], { type: file.contentType }), file.filename);
      return call<T>('POST', path, { token: options.token, ip: options.ip, form });
    },
  };
}

export type ApiClient = ReturnType<typeof apiClient>;

export const TEST_ADMIN = { email: 'admin@test.pasar', password: 'admin-password-123' };

/** Env for bootApp: a known admin, so tests can sign in. */
export const ADMIN_ENV = { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password };

let ipCounter = 0;
/** A fresh client address per call, so rate limits of one test don't leak into another. */
export function freshIp(): string {
  ipCounter++;
  return `10.77.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}

export async function loginAs(api: ApiClient, email: string, password: string): Promise<string> {
  const res = await api.post('/api/auth/login', { email, password }, { ip: freshIp() });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
  return res.body.token as string;
}

export async function createFacilitator(api: ApiClient, adminToken: string, name: string): Promise<{ token: string; email: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Math.random().toString(36).slice(2, 8)}@test.pasar`;
  const res = await api.post('/api/facilitators', { email, name, password: 'facilitator-pass-1' }, { token: adminToken });
  if (res.status !== 201) throw new Error(`create facilitator failed: ${res.status} ${res.text}`);
  return { token: await loginAs(api, email, 'facilitator-pass-1'), email };
}

export async function createClass(api: ApiClient, token: string, name = 'Pelatihan PKH Ambarawa'): Promise<{ id: string; joinCode: string }> {
  const res = await api.post('/api/classes', { name, place: 'Balai Pekon Ambarawa', date: '2026-11-28', regencyCode: '18.10' }, { token });
  if (res.status !== 201) throw new Error(`create class failed: ${res.status} ${res.text}`);
  return res.body;
}

export async function joinClass(
  api: ApiClient,
  code: string,
  displayName: string,
  extra: { phone?: string; village?: string; role?: 'trainee' | 'buyer' } = {},
): Promise<{ token: string; participantId: string; name: string; class: { id: string; timeZone: string }; shop: { id: string } | null }> {
  const res = await api.post('/api/join', { code, displayName, ...extra }, { ip: freshIp() });
  if (res.status !== 201) throw new Error(`join failed: ${res.status} ${res.text}`);
  return res.body;
}
