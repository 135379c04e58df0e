import { getCart } from './get-cart';
import { setCartQuantity } from './set-cart-quantity';

/** "+ Keranjang": adds `quantity` to what the cart already holds of this product; answers the whole cart. */
export async function addToCart(productId: string, quantity: number) {
  const cart = await getCart();
  const inCart = cart.shops.flatMap((group) => group.items).find((item) => item.productId === productId)?.quantity ?? 0;
  return setCartQuantity(productId, inCart + quantity);
}
