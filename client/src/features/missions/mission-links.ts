// Pure: where a mission's button goes. The API names a client path per mission (missions/mission-checks.ts
// MISSION_TARGETS); the button only follows a path this app has a page for, and otherwise the mission's own screen.
import { appPaths } from '../../shared/config/paths';

/** The screen of each mission when the API's path is not one of ours. */
const DEFAULT_TARGETS: Record<string, string> = {
  shop_setup: appPaths.shopProfile,
  product_with_photo: appPaths.newProduct,
  chat_answered: appPaths.chats,
  paid_order: appPaths.shopOrders,
  shipped_on_time: appPaths.shopOrders,
  order_completed: appPaths.shopOrders,
  bank_account: appPaths.bankAccount,
  withdrawal: appPaths.withdraw,
  fraud_drill: appPaths.shopOrders,
};

const ROUTES: RegExp[] = Object.values(appPaths).map(
  (pattern) => new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/?#]+')}$`),
);

function isAppPage(path: string): boolean {
  const pathname = path.split(/[?#]/)[0]!;
  return pathname !== '/' && !pathname.includes('..') && ROUTES.some((route) => route.test(pathname));
}

/** The client path a mission's button opens. */
export function missionLink(mission: { id: string; target: string }): string {
  const target = mission.target.trim();
  if (target.startsWith('/') && !target.startsWith('//') && isAppPage(target)) return target;
  return DEFAULT_TARGETS[mission.id] ?? appPaths.shop;
}
