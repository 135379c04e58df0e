import { useApi } from '../../../shared/api/use-api';
import { showTimesIn } from '../../../shared/format/wib-date';
import { getClass } from '../api/get-class';

/**
 * A class page's class (GET /api/classes/{classId}). Its times show in the class's zone (WIB, WITA or WIT): set as the
 * page draws, so every panel below it formats in that zone (shared/format/wib-date.ts, `shownTimeZone`).
 */
export function useClassDetail(classId: string) {
  const detail = useApi(`class:${classId}`, (signal) => getClass(classId, signal));
  showTimesIn(detail.data?.timeZone);
  return detail;
}
