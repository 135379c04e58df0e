// The seller's order page (orders) with its parcel: resi and live tracking (shipping). Two features, composed here.
import { ShopOrderPage } from '../../features/orders/routes/shop-order-page';
import { parcelSlot } from './parcel-slot';

export function ShopOrderRoute() {
  return <ShopOrderPage parcel={parcelSlot} />;
}
