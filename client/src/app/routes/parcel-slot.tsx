// The shipping feature's parcel section, for the order pages of the orders feature (composed by the routes here).
import type { OrderDetail } from '../../features/orders/api/order-types';
import { ParcelSection } from '../../features/shipping/components/parcel-section';
import '../../features/shipping/shipping.css';

export function parcelSlot(order: OrderDetail) {
  return order.shipment ? <ParcelSection shipment={order.shipment} courierName={order.courier.name} /> : null;
}
