// The product page (catalog) with the buyer's "+ Keranjang" / "Beli Sekarang" (checkout): two features, composed here.
import { ProductPage } from '../../features/catalog/routes/product-page';
import { BuyButtons } from '../../features/checkout/components/buy-buttons';

export function ProductRoute() {
  return <ProductPage buyActions={(product) => <BuyButtons product={product} />} />;
}
