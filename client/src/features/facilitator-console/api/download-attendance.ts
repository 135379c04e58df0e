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
 * GET /api/classes/{classId}/attendance.csv needs the bearer header, so a plain link cannot fetch it:
 * fetch it as a Blob and hand it to the browser as a download.
 */
export async function downloadAttendance(classId: string): Promise<string> {
  const response = await fetchWithSession(`/api/classes/${encodeURIComponent(classId)}/attendance.csv`);
  const blob = await response.blob();
  const filename = attachmentFilename(response.headers.get('Content-Disposition'), 'daftar-hadir.csv');
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next tick; keep the URL a little longer for slow machines.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return filename;
}
