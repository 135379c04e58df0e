import { api, callApi, fetchWithSession } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';
import { attachmentFilename } from './download-attendance';

export type ClassReportView = components['schemas']['ClassReportView'];
export type ReportCountsView = components['schemas']['ReportCountsView'];

/** GET /api/classes/{classId}/report: the programme's activity report, for the print page. */
export function getReport(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/report', { params: { path: { classId } }, signal }));
}

/** GET /api/classes/{classId}/report.csv as a download (it needs the bearer header, so no plain link). */
export async function downloadReportCsv(classId: string): Promise<string> {
  const response = await fetchWithSession(`/api/classes/${encodeURIComponent(classId)}/report.csv`);
  const blob = await response.blob();
  const filename = attachmentFilename(response.headers.get('Content-Disposition'), 'laporan-kegiatan.csv');
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return filename;
}
