import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type MyPracticeWeekView = components['schemas']['MyPracticeWeekView'];

/** GET /api/practice/mine: "Latihan minggu ini" (the persona buyers' orders of the last seven class days). */
export function getMyPractice(signal?: AbortSignal) {
  return callApi(api.GET('/api/practice/mine', { signal }));
}
