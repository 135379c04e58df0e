import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type LearningCheckSettingsView = components['schemas']['LearningCheckSettingsView'];
export type LearningQuestionInput = components['schemas']['LearningQuestionInput'];
export type LearningResultsView = components['schemas']['LearningResultsView'];

/** GET /api/classes/{classId}/learning-check: the class's questions (with the right answers) and the rounds. */
export function getLearningCheck(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/learning-check', { params: { path: { classId } }, signal }));
}

/** PUT /api/classes/{classId}/learning-check/questions: every question once, in the new order, with its words. */
export function updateLearningQuestions(classId: string, questions: LearningQuestionInput[]) {
  return callApi(api.PUT('/api/classes/{classId}/learning-check/questions', { params: { path: { classId } }, body: { questions } }));
}

/** POST /api/classes/{classId}/learning-check/after-round: "Buka cek akhir". */
export function openAfterRound(classId: string) {
  return callApi(api.POST('/api/classes/{classId}/learning-check/after-round', { params: { path: { classId } } }));
}
