import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';
import { downloadCsv } from './download-attendance';
import { type ProgrammeFilter, programmeApiQuery } from '../programme-filter';

export type ProgrammeView = components['schemas']['ProgrammeView'];
export type ProgrammeClassView = components['schemas']['ProgrammeClassView'];
export type ProgrammeLearningView = components['schemas']['ProgrammeLearningView'];

/** GET /api/programme/classes: every class in the filter, summed up from its class report (admin only). */
export function getProgramme(filter: ProgrammeFilter, signal?: AbortSignal) {
  return callApi(api.GET('/api/programme/classes', { params: { query: filter }, signal }));
}

/** GET /api/programme/classes.csv as a download: one line per class, the total, then the attendance sheets. */
export function downloadProgrammeCsv(filter: ProgrammeFilter): Promise<string> {
  const query = programmeApiQuery(filter);
  return downloadCsv(`/api/programme/classes.csv${query ? `?${query}` : ''}`, 'ringkasan-program.csv');
}
