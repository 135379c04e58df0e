import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type ScenarioView = components['schemas']['ScenarioView'];
export type ScenarioRunView = components['schemas']['ScenarioRunView'];
export type StartScenarioRequest = components['schemas']['StartScenarioRequest'];
export type ScenarioId = ScenarioView['id'];

/** GET /api/classes/{classId}/scenarios: what the facilitator can inject. */
export function getScenarios(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/scenarios', { params: { path: { classId } }, signal }));
}

/** GET /api/classes/{classId}/scenario-runs: what each run did so far. */
export function getScenarioRuns(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/scenario-runs', { params: { path: { classId } }, signal }));
}

/** POST /api/classes/{classId}/scenarios/{scenarioId}/runs: to one trainee or all; idempotent per key (one per tap). */
export function startScenario(classId: string, scenarioId: ScenarioId, idempotencyKey: string, request: StartScenarioRequest) {
  return callApi(
    api.POST('/api/classes/{classId}/scenarios/{scenarioId}/runs', {
      params: { path: { classId, scenarioId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: request,
    }),
  );
}
