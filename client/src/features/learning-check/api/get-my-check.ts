import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type MyLearningCheckView = components['schemas']['MyLearningCheckView'];
export type MyLearningQuestionView = components['schemas']['MyLearningQuestionView'];
export type LearningPicture = components['schemas']['LearningPicture'];
export type LearningRound = components['schemas']['LearningRound'];

/** GET /api/learning-check/mine: the round open now, its questions and what the trainee already answered. */
export function getMyLearningCheck(signal?: AbortSignal) {
  return callApi(api.GET('/api/learning-check/mine', { signal }));
}
