import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type FeedPageView = components['schemas']['FeedPageView'];
export type FeedItemView = components['schemas']['FeedItemView'];

/** GET /api/classes/{classId}/console/activity: the live feed's rows, newest first (one trainee's with participantId). */
export function getActivityFeed(classId: string, query: { before?: string; limit?: number; participantId?: string } = {}, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/console/activity', { params: { path: { classId }, query }, signal }));
}
