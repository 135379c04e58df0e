// Pure: whether the trainee's home shows "Latihan minggu ini", and where its next step leads.
import { appPaths, ORDER_TAB_PARAM } from '../../shared/config/paths';
import type { MyPracticeWeekView } from './api/get-my-practice';

export type PracticeNext = MyPracticeWeekView['next'];

/** Shown while the practice is open, or when buyers came this week (what they left still waits on her). */
export function showPracticeWeek(week: MyPracticeWeekView | undefined): week is MyPracticeWeekView {
  return week !== undefined && (week.open || week.came > 0);
}

/** The screen the next step opens; none when there is nothing to do but wait. */
export function practiceNextLink(next: PracticeNext): string | null {
  switch (next) {
    case 'ship':
      return `${appPaths.shopOrders}?${ORDER_TAB_PARAM}=perlu_dikirim`;
    case 'check_payment':
      return `${appPaths.shopOrders}?${ORDER_TAB_PARAM}=belum_bayar`;
    case 'add_product':
      return appPaths.newProduct;
    case 'wait_buyers':
    case 'practice_over':
      return null;
  }
}
