import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type PracticeSettingsView = components['schemas']['PracticeSettingsView'];
export type PracticeFollowUpView = components['schemas']['PracticeFollowUpView'];
export type PracticeFollowUpTraineeView = components['schemas']['PracticeFollowUpTraineeView'];
export type UpdatePracticeSettingsRequest = components['schemas']['UpdatePracticeSettingsRequest'];

/** GET /api/classes/{classId}/practice: "Latihan Mandiri" on or off, its rhythm and the visits so far. */
export function getPracticeSettings(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/practice', { params: { path: { classId } }, signal }));
}

/** PUT /api/classes/{classId}/practice: switch it on (from now, on the class clock) or off, and set the rhythm. */
export function updatePracticeSettings(classId: string, body: UpdatePracticeSettingsRequest) {
  return callApi(api.PUT('/api/classes/{classId}/practice', { params: { path: { classId } }, body }));
}

/** GET /api/classes/{classId}/practice/follow-up: who kept practising since the day. */
export function getPracticeFollowUp(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/practice/follow-up', { params: { path: { classId } }, signal }));
}

/** POST /api/classes/{classId}/practice/messages: "Kirim pesan ke kelas" (a notification to every trainee). */
export function messageClass(classId: string, text: string) {
  return callApi(api.POST('/api/classes/{classId}/practice/messages', { params: { path: { classId } }, body: { text } }));
}
