// The buyer's order page (orders) with its parcel: resi and live tracking (shipping), and "Chat Penjual" (chat). Composed here.
import { ChatButton } from '../../features/chat/components/chat-button';
import { OrderPage } from '../../features/orders/routes/order-page';
import { parcelSlot } from './parcel-slot';

export function OrderRoute() {
  return (
    <OrderPage
      parcel={(order) => (
        <>
          {parcelSlot(order)}
          <ChatButton orderId={order.id} />
        </>
      )}
    />
  );
}
