// The seller's order page (orders) with its parcel: resi and live tracking (shipping), and "Chat Pembeli" (chat).
// Features do not import each other, so they are composed here.
import { ChatButton } from '../../features/chat/components/chat-button';
import { ShopOrderPage } from '../../features/orders/routes/shop-order-page';
import { parcelSlot } from './parcel-slot';

export function ShopOrderRoute() {
  return (
    <ShopOrderPage
      parcel={(order) => (
        <>
          {/* While PAID the ship panel shows the resi; the parcel's tracking follows once it is handed over. */}
          {order.state === 'PAID' ? null : parcelSlot(order)}
          <ChatButton orderId={order.id} to="buyer" />
        </>
      )}
    />
  );
}
