import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type CertificateView = components['schemas']['CertificateView'];
export type CertificateVerificationView = components['schemas']['CertificateVerificationView'];

/** POST /api/certificates/mine: the trainee's certificate, issued the first time her missions are done. */
export function getMyCertificate(signal?: AbortSignal) {
  return callApi(api.POST('/api/certificates/mine', { signal }));
}

/** GET /api/certificates/verify/{certificateCode}: the public check, name, class and date. */
export function verifyCertificate(code: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/certificates/verify/{certificateCode}', { params: { path: { certificateCode: code } }, signal }));
}
