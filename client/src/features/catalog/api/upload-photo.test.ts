import { describe, expect, it, vi, beforeEach } from 'vitest';
import { databaseTroubled } from '../../../shared/api/database-trouble';
import { ApiError } from '../../../shared/api/http';
import { getSession, saveSession } from '../../../shared/auth/session';
import { FakeXhr, lastXhr } from '../../../testing/fake-xhr';
import { uploadPhoto } from './upload-photo';

const media = { id: 'a'.repeat(64), width: 1280, height: 960, urls: { thumb: '/media/a-thumb.webp', card: '/media/a-card.webp', full: '/media/a-full.webp' } };

beforeEach(() => {
  FakeXhr.instances.length = 0;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  saveSession({
    kind: 'participant',
    token: 'tok_sriyati',
    expiresAt: '2099-01-01T00:00:00.000Z',
    id: 'p1',
    name: 'Sriyati',
    role: 'trainee',
    classId: 'c1',
    className: 'Kelas',
    shopId: 's1',
  });
});

const photo = () => new File([new Uint8Array(1000)], 'gula.jpg', { type: 'image/jpeg' });

describe('uploadPhoto', () => {
  it('posts the photo as the multipart field "file" with the session token, reporting progress', async () => {
    const progress = vi.fn();
    const upload = uploadPhoto(photo(), { fileName: 'gula.jpg', onProgress: progress });
    const xhr = lastXhr()!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/media');
    expect(xhr.headers.Authorization).toBe('Bearer tok_sriyati');
    expect(xhr.file()?.name).toBe('gula.jpg');
    xhr.progress(250, 1000);
    xhr.progress(1000, 1000);
    expect(progress.mock.calls).toEqual([[{ loaded: 250, total: 1000 }], [{ loaded: 1000, total: 1000 }]]);
    xhr.respond(201, media);
    await expect(upload.done).resolves.toEqual(media);
  });

  it.each([
    [415, 'UNSUPPORTED_IMAGE_TYPE'],
    [400, 'NOT_AN_IMAGE'],
    [400, 'IMAGE_TOO_MANY_PIXELS'],
    [413, 'IMAGE_TOO_LARGE'],
    [503, 'SERVER_BUSY'],
    [503, 'DATABASE_UNAVAILABLE'],
  ])('rejects with the server refusal %i %s', async (status, code) => {
    const upload = uploadPhoto(photo());
    lastXhr()!.respond(status, { statusCode: status, code, message: code });
    await expect(upload.done).rejects.toMatchObject({ status, code });
  });

  it('tells the status dot when the database is away (503 DATABASE_UNAVAILABLE), not when the server is busy', async () => {
    const busy = uploadPhoto(photo());
    lastXhr()!.respond(503, { statusCode: 503, code: 'SERVER_BUSY', message: 'busy' });
    await expect(busy.done).rejects.toMatchObject({ code: 'SERVER_BUSY' });
    expect(databaseTroubled()).toBe(false);
    const away = uploadPhoto(photo());
    lastXhr()!.respond(503, { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'db down' });
    await expect(away.done).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(databaseTroubled()).toBe(true);
  });

  it('waits out a busy server (503 with Retry-After) and sends the photo again, at most twice', async () => {
    const upload = uploadPhoto(photo());
    lastXhr()!.respond(503, { statusCode: 503, code: 'SERVER_BUSY', message: 'busy' }, { 'Retry-After': '0' });
    await vi.waitFor(() => expect(FakeXhr.instances).toHaveLength(2), { timeout: 2_000 });
    expect(lastXhr()!.file()?.name).toBe('gula.jpg');
    lastXhr()!.respond(201, media);
    await expect(upload.done).resolves.toEqual(media);

    const refused = uploadPhoto(photo());
    for (let answered = 0; answered < 3; answered++) {
      await vi.waitFor(() => expect(FakeXhr.instances).toHaveLength(3 + answered), { timeout: 2_000 });
      lastXhr()!.respond(503, { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'down' }, { 'Retry-After': '0' });
    }
    await expect(refused.done).rejects.toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(FakeXhr.instances).toHaveLength(5);
  });

  it('stops waiting to send again when aborted', async () => {
    const upload = uploadPhoto(photo());
    lastXhr()!.respond(503, { statusCode: 503, code: 'SERVER_BUSY', message: 'busy' }, { 'Retry-After': '5' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    upload.abort();
    await expect(upload.done).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
    expect(FakeXhr.instances).toHaveLength(1);
  });

  it('says NETWORK_ERROR when the connection drops, and SERVICE_UNAVAILABLE for a proxy page', async () => {
    const dropped = uploadPhoto(photo());
    lastXhr()!.fail();
    await expect(dropped.done).rejects.toBeInstanceOf(ApiError);
    await expect(dropped.done).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });

    const proxied = uploadPhoto(photo());
    lastXhr()!.respond(502, '<html>Bad Gateway</html>');
    await expect(proxied.done).rejects.toMatchObject({ status: 502, code: 'SERVICE_UNAVAILABLE' });
  });

  it('forgets a session the server no longer accepts', async () => {
    const upload = uploadPhoto(photo());
    lastXhr()!.respond(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'no' });
    await expect(upload.done).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(getSession()).toBeNull();
  });

  it('can be stopped', async () => {
    const upload = uploadPhoto(photo());
    upload.abort();
    expect(lastXhr()!.aborted).toBe(true);
    await expect(upload.done).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});
