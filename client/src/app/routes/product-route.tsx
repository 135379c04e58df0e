// The product page (catalog) with the buyer's "+ Keranjang" / "Beli Sekarang" (checkout) and "Chat Penjual" (chat), composed here.
import { ProductPage } from '../../features/catalog/routes/product-page';
import { ChatButton } from '../../features/chat/components/chat-button';
import { BuyButtons } from '../../features/checkout/components/buy-buttons';

export function ProductRoute() {
  return (
    <ProductPage
      buyActions={(product) => (
        <>
          <BuyButtons product={product} />
          <ChatButton productId={product.id} />
        </>
      )}
    />
  );
}
