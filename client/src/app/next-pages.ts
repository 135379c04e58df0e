// The pages each page leads to in the workshop's flow, as data: where the phone can have no service worker, their
// code is fetched while she reads the page she is on (fetch-ahead.ts, app-layout.tsx), so her next tap waits for its
// data alone. The bottom navigation's pages are fetched by the navigation itself (trainee-nav.tsx).
import { matchPath } from 'react-router';
import { appPaths, JOIN_ROLE_BUYER, JOIN_ROLE_PARAM } from '../shared/config/paths';

interface Step {
  /** The page she is on (a route pattern of appPaths). */
  on: string;
  /** The pages her next tap most likely opens. */
  next: readonly string[];
}

const STEPS: readonly Step[] = [
  // Her shop: buying from a classmate, the day's missions.
  { on: appPaths.shop, next: [appPaths.storefront, appPaths.myMissions] },
  { on: appPaths.myProducts, next: [appPaths.editProduct] },
  // Selling: a paid order to ship and its label to print, a buyer's chat and the quick replies, the bank account and
  // the withdrawal.
  { on: appPaths.shopOrders, next: [appPaths.shopOrder] },
  { on: appPaths.shopOrder, next: [appPaths.shippingLabel] },
  { on: appPaths.chats, next: [appPaths.chat, appPaths.chatSettings] },
  { on: appPaths.wallet, next: [appPaths.bankAccount, appPaths.withdraw] },
  // Buying: the market, a product, "Beli Sekarang" or "Chat Penjual", "Buat Pesanan", the bank app, the order.
  { on: appPaths.storefront, next: [appPaths.storefrontProduct] },
  { on: appPaths.storefrontShop, next: [appPaths.storefrontProduct] },
  { on: appPaths.storefrontProduct, next: [appPaths.checkout, appPaths.chat] },
  { on: appPaths.cart, next: [appPaths.checkout] },
  { on: appPaths.checkout, next: [appPaths.orderPayment] },
  // The payment instructions: "Buka aplikasi bank" opens the simulator in a tab of its own, from the same cache.
  { on: appPaths.orderPayment, next: [appPaths.order, appPaths.simulator] },
  { on: appPaths.myOrders, next: [appPaths.order] },
];

/** The pages to fetch ahead on this address: on the join page, the page "Gabung" opens (her shop, or the market for a buyer). */
export function nextPages(pathname: string, search: string): readonly string[] {
  if (matchPath(appPaths.join, pathname) || matchPath(appPaths.joinWithCode, pathname)) {
    return [new URLSearchParams(search).get(JOIN_ROLE_PARAM) === JOIN_ROLE_BUYER ? appPaths.storefront : appPaths.shop];
  }
  return STEPS.find((step) => matchPath(step.on, pathname))?.next ?? [];
}

/** Every page some page leads to (for the test that each is a page of the router). */
export const ALL_NEXT_PAGES: readonly string[] = [...new Set([appPaths.shop, appPaths.storefront, ...STEPS.flatMap((step) => step.next)])];
