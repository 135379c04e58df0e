// The trainee's bottom navigation, with words under each icon and badges for what waits: unpaid and paid orders,
// unread chat. Loaded lazily after the first render, like the live header.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSellerCounts } from '../features/shop/hooks/use-seller-counts';
import { useSession, type ParticipantSession } from '../shared/auth/session';
import { appPaths } from '../shared/config/paths';
import { IconBank, IconBox, IconChat, IconReceipt, IconStore, type IconProps } from '../shared/ui/icons';
import { useCodeFetchedAhead } from './fetch-ahead';
import './trainee-nav.css';

/** Screens with their own bar at the bottom (the chat composer, the checkout total, the product form's button). */
const HIDDEN_ON = [/^\/chat\/[^/]+$/, /^\/checkout$/, /^\/toko\/produk\/baru$/, /^\/toko\/produk\/[^/]+\/ubah$/];

export function TraineeNav() {
  const session = useSession();
  const { pathname } = useLocation();
  if (!session || session.kind !== 'participant' || session.role !== 'trainee') return null;
  if (HIDDEN_ON.some((pattern) => pattern.test(pathname))) return null;
  return <TraineeNavBar session={session} pathname={pathname} />;
}

interface Item {
  id: 'home' | 'products' | 'orders' | 'chat' | 'wallet';
  to: string;
  icon: (props: IconProps) => ReactElement;
  /** Other screens that belong to this item. */
  also?: RegExp;
}

const ITEMS: readonly Item[] = [
  { id: 'home', to: appPaths.shop, icon: IconStore, also: /^\/toko\/(misi|profil)$/ },
  { id: 'products', to: appPaths.myProducts, icon: IconBox },
  { id: 'orders', to: appPaths.shopOrders, icon: IconReceipt },
  { id: 'chat', to: appPaths.chats, icon: IconChat, also: /^\/toko\/chat$/ },
  { id: 'wallet', to: appPaths.wallet, icon: IconBank, also: /^\/toko\/(rekening|tarik-dana|iklan)$/ },
];

/** Fetched ahead where no service worker can (fetch-ahead.ts): the items' pages, and the product form, her first task. */
const FETCHED_AHEAD = [...ITEMS.map((item) => item.to), appPaths.newProduct];

function isCurrent(item: Item, pathname: string): boolean {
  if (item.also?.test(pathname)) return true;
  return item.id === 'home' ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);
}

function TraineeNavBar({ session, pathname }: { session: ParticipantSession; pathname: string }) {
  const { t } = useTranslation();
  const counts = useSellerCounts(session);
  useCodeFetchedAhead(FETCHED_AHEAD);
  const badges: Partial<Record<Item['id'], { value: number; kind: 'wait' | 'act'; label: string }[]>> = {
    orders: [
      { value: counts.unpaid, kind: 'wait', label: t('nav.unpaid', { count: counts.unpaid }) },
      { value: counts.toShip, kind: 'act', label: t('nav.toShip', { count: counts.toShip }) },
    ],
    chat: [{ value: counts.unread, kind: 'act', label: t('nav.unread', { count: counts.unread }) }],
  };
  return (
    <nav className="bottom-nav" aria-label={t('nav.label')} data-testid="bottom-nav">
      {ITEMS.map((item) => {
        const ItemIcon = item.icon;
        const shown = (badges[item.id] ?? []).filter((badge) => badge.value > 0);
        return (
          <Link
            key={item.id}
            to={item.to}
            className={`bottom-nav__item${isCurrent(item, pathname) ? ' bottom-nav__item--current' : ''}`}
            aria-current={isCurrent(item, pathname) ? 'page' : undefined}
            data-testid={`nav-${item.id}`}
          >
            <span className="bottom-nav__icon">
              <ItemIcon />
              {shown.length > 0 && (
                <span className="bottom-nav__badges">
                  {shown.map((badge) => (
                    <span key={badge.kind} className={`bottom-nav__badge bottom-nav__badge--${badge.kind}`} data-testid={`nav-${item.id}-${badge.kind}`}>
                      <span aria-hidden="true">{badge.value > 99 ? '99+' : badge.value}</span>
                      <span className="visually-hidden">{badge.label}</span>
                    </span>
                  ))}
                </span>
              )}
            </span>
            <span className="bottom-nav__label">{t(`nav.${item.id}`)}</span>
          </Link>
        );
      })}
    </nav>
  );
}
