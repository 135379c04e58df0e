import { fetchWithSession } from '../../../shared/api/http';

const FILENAME = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i;

/** The file name the server chose (Content-Disposition), or a sensible one. */
export function attachmentFilename(contentDisposition: string | null, fallback: string): string {
  const match = FILENAME.exec(contentDisposition ?? '');
  if (!match?.[1]) return fallback;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/**
 * A CSV of the API as a download: the routes need the bearer header, so a plain link cannot fetch them. Fetched as a
 * Blob and handed to the browser; the file name is the server's, or `fallback`.
 */
export async function downloadCsv(url: string, fallback: string): Promise<string> {
  const response = await fetchWithSession(url);
  const blob = await response.blob();
  const filename = attachmentFilename(response.headers.get('Content-Disposition'), fallback);
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next tick; keep the URL a little longer for slow machines.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
  return filename;
}

/** GET /api/classes/{classId}/attendance.csv: the "DAFTAR HADIR" for Excel. */
export function downloadAttendance(classId: string): Promise<string> {
  return downloadCsv(`/api/classes/${encodeURIComponent(classId)}/attendance.csv`, 'daftar-hadir.csv');
}
