import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';
import { downloadCsv } from './download-attendance';

export type ClassReportView = components['schemas']['ClassReportView'];
export type ReportCountsView = components['schemas']['ReportCountsView'];

/** GET /api/classes/{classId}/report: the programme's activity report, for the print page. */
export function getReport(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/report', { params: { path: { classId } }, signal }));
}

/** GET /api/classes/{classId}/report.csv as a download. */
export function downloadReportCsv(classId: string): Promise<string> {
  return downloadCsv(`/api/classes/${encodeURIComponent(classId)}/report.csv`, 'laporan-kegiatan.csv');
}
