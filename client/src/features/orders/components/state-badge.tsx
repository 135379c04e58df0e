import { useTranslation } from 'react-i18next';
import type { OrderState } from '../api/order-types';

export type Viewer = 'buyer' | 'seller' | 'facilitator';

/** The order's status in the words each side uses: "Perlu Dikirim" to the seller is "Dikemas" to the buyer. */
export function useStateLabel(viewer: Viewer) {
  const { t } = useTranslation();
  return (state: OrderState) => (viewer === 'buyer' ? t(`orders.buyerState.${state}`) : t(`order.state.${state}`));
}

export function StateBadge({ state, viewer }: { state: OrderState; viewer: Viewer }) {
  const label = useStateLabel(viewer);
  return (
    <span className={`state-badge state-badge--${state.toLowerCase()}`} data-testid="order-state" data-state={state}>
      {label(state)}
    </span>
  );
}
