import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { apiError, deferred, stubApi, type FakeAnswer } from '../../../testing/fake-api';
import { bcaPayment, buyer, lampungRegencies, orderDetail, orderId, provinces, quote, quoteShop, sellerShopId, sugarId } from '../../../testing/order-fixtures';
import { renderRoute } from '../../../testing/render-route';

type Handler = FakeAnswer | ((request: Request) => FakeAnswer | Promise<FakeAnswer>);

const placed = { checkoutId: 'bbbbbbbb-1111-4111-8111-000000000001', replayed: false, orders: [orderDetail()] };

function checkoutApi(extra: Record<string, Handler> = {}) {
  return stubApi({
    'GET /api/regions/provinces': { body: provinces },
    'GET /api/regions/provinces/18/regencies': { body: lampungRegencies },
    'POST /api/checkout/quote': { body: quote() },
    ...extra,
  });
}

/** "Buat Pesanan" whose first send never gets an answer (the Wi-Fi dropped); the second is the same order, replayed. */
function answerLostFirst(): Handler {
  let attempt = 0;
  return () => {
    attempt += 1;
    if (attempt === 1) throw new TypeError('Failed to fetch');
    return { status: 201, body: { ...placed, replayed: attempt === 2 } };
  };
}

/** A cart checkout filled in and "Buat Pesanan" tapped, `alert` shown, tapped again, the payment page reached: the keys sent. */
async function orderThroughAlert(api: ReturnType<typeof checkoutApi>, alert: string): Promise<(string | null)[]> {
  const view = renderRoute('/checkout');
  await fillAddress();
  await chooseJneAndBca();
  fireEvent.click(screen.getByRole('button', { name: 'Buat Pesanan' }));
  expect((await screen.findByRole('alert')).textContent).toBe(alert);
  fireEvent.click(screen.getByRole('button', { name: 'Buat Pesanan' }));
  await waitFor(() => expect(view.location().pathname).toBe(`/pesanan/${orderId}/bayar`));
  return api.calls('POST /api/orders').map((request) => request.headers.get('Idempotency-Key'));
}

/** The address as a buyer fills it in: name (prefilled), phone, street, province then regency. */
async function fillAddress() {
  fireEvent.change(await screen.findByRole('textbox', { name: 'Nomor HP penerima' }), { target: { value: '0812-3456 7890' } });
  fireEvent.change(screen.getByRole('textbox', { name: /Alamat lengkap/ }), { target: { value: 'Jl. Raya Ambarawa No. 12, RT 02 RW 01' } });
  const province = screen.getByRole('combobox', { name: 'Provinsi' });
  await waitFor(() => expect(within(province).getByRole('option', { name: 'Lampung' })).toBeTruthy());
  fireEvent.change(province, { target: { value: '18' } });
  const regency = screen.getByRole('combobox', { name: 'Kabupaten / kota' });
  await waitFor(() => expect(within(regency).getByRole('option', { name: 'Kota Bandar Lampung' })).toBeTruthy());
  fireEvent.change(regency, { target: { value: '18.71' } });
}

/** JNE REG and BCA Virtual Account. */
async function chooseJneAndBca() {
  fireEvent.click(within(await screen.findByTestId('courier-jne-reg')).getByRole('radio'));
  fireEvent.click(within(screen.getByTestId('payment-bca_va')).getByRole('radio'));
}

beforeEach(() => saveSession(buyer));

describe('checkout (/checkout)', () => {
  it('asks for the address first, then shows each shop\'s couriers with price and "estimasi tiba", and the totals', async () => {
    const api = checkoutApi();
    renderRoute('/checkout');
    expect(await screen.findByTestId('choose-address-first')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Nama penerima' }) as HTMLInputElement).value).toBe('Bu Rahma');
    await fillAddress();

    const options = await screen.findByTestId('courier-options');
    const [quoteRequest] = api.calls('POST /api/checkout/quote');
    expect(await quoteRequest!.json()).toEqual({ destinationRegencyCode: '18.71' });
    expect(within(options).getByTestId('courier-jne-reg').textContent).toBe('JNE Regulerestimasi tiba 2-3 hariRp 11.000');
    expect(within(options).getByTestId('courier-jnt-ez').textContent).toContain('estimasi tiba 1-2 hari');
    expect(within(options).getByTestId('courier-jnt-ez').textContent).toContain('Bisa COD');
    expect(screen.getByText('Gula Aren Asli Pringsewu 1 kg')).toBeTruthy();

    // Before a courier is chosen the shipping is not known yet; COD waits for a courier that carries it.
    expect(screen.getByTestId('summary-subtotal').textContent).toBe('Rp 25.000');
    expect(screen.getByTestId('summary-shipping').textContent).toBe('Pilih kurir dulu');
    expect(screen.getByTestId('summary-admin-fee').textContent).toBe('Rp 1.000');
    expect((within(screen.getByTestId('payment-cod')).getByRole('radio') as HTMLInputElement).disabled).toBe(true);
    expect(within(screen.getByTestId('payment-methods')).getByText('BCA Virtual Account')).toBeTruthy();
    expect(within(screen.getByTestId('payment-methods')).getByText('Bayar di Minimarket')).toBeTruthy();

    fireEvent.click(within(options).getByTestId('courier-jnt-ez').querySelector('input')!);
    expect(screen.getByTestId('summary-shipping').textContent).toBe('Rp 12.000');
    expect(screen.getByTestId('summary-total').textContent).toBe('Rp 38.000');
    expect(screen.getByTestId('sticky-total').textContent).toBe('Rp 38.000');
    expect((within(screen.getByTestId('payment-cod')).getByRole('radio') as HTMLInputElement).disabled).toBe(false);
  });

  it('says in plain Indonesian why no courier can take a perishable product that far, and does not order', async () => {
    const fish = quoteShop({}, { options: [], noOptionReason: 'PERISHABLE_TOO_FAR', noOptionMessage: 'Produk ini mudah basi, hanya bisa dikirim ke area terdekat.' });
    const api = checkoutApi({ 'POST /api/checkout/quote': { body: quote([fish]) } });
    renderRoute('/checkout');
    await fillAddress();
    const reason = await screen.findByTestId('no-courier');
    expect(reason.textContent).toBe('Produk ini mudah basi, hanya bisa dikirim ke area terdekat. Pilih alamat yang lebih dekat, atau hapus produk ini.');
    fireEvent.click(within(screen.getByTestId('payment-bca_va')).getByRole('radio'));
    fireEvent.click(screen.getByRole('button', { name: 'Buat Pesanan' }));
    expect((await screen.findByTestId('checkout-problem')).textContent).toBe('Tidak ada kurir untuk Gula Aren Bu Sriyati. Ganti alamat atau hapus produknya dari keranjang.');
    expect(api.calls('POST /api/orders')).toHaveLength(0);
  });

  it('checks the address before ordering', async () => {
    const api = checkoutApi();
    renderRoute('/checkout');
    fireEvent.change(await screen.findByRole('textbox', { name: 'Nomor HP penerima' }), { target: { value: '12345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buat Pesanan' }));
    await waitFor(() => expect(screen.getByText('Isi nomor HP yang benar, misalnya 0812 3456 7890.')).toBeTruthy());
    expect(screen.getByText('Isi alamat lengkap (paling sedikit 5 huruf).')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Nomor HP penerima' }).getAttribute('aria-invalid')).toBe('true');
    expect(api.calls('POST /api/orders')).toHaveLength(0);
  });

  it('places ONE order on a double tap, with an Idempotency-Key, then opens the payment instructions', async () => {
    const answer = deferred<FakeAnswer>();
    const api = checkoutApi({ 'POST /api/orders': () => answer.promise });
    const view = renderRoute('/checkout');
    await fillAddress();
    await chooseJneAndBca();
    fireEvent.change(screen.getByRole('textbox', { name: /Catatan untuk penjual/ }), { target: { value: 'Tolong dibungkus rapi' } });

    const place = screen.getByRole('button', { name: 'Buat Pesanan' });
    fireEvent.click(place);
    fireEvent.click(place);
    await waitFor(() => expect(api.calls('POST /api/orders')).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Membuat pesanan…' })).toBeTruthy();
    answer.resolve({ status: 201, body: placed });
    await waitFor(() => expect(view.location().pathname).toBe(`/pesanan/${orderId}/bayar`));
    expect(api.calls('POST /api/orders')).toHaveLength(1);

    const [request] = api.calls('POST /api/orders');
    expect(request!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(request!.headers.get('Authorization')).toBe(`Bearer ${buyer.token}`);
    expect(await request!.json()).toEqual({
      address: { recipient: 'Bu Rahma', phone: '081234567890', street: 'Jl. Raya Ambarawa No. 12, RT 02 RW 01', regencyCode: '18.71' },
      note: 'Tolong dibungkus rapi',
      shops: [{ shopId: sellerShopId, courierCode: 'jne-reg' }],
      paymentMethod: 'bca_va',
    });
    // The address is remembered on this phone for the next checkout.
    expect(JSON.parse(window.localStorage.getItem(`pasar-latihan.address.${buyer.id}`)!).regencyCode).toBe('18.71');
  });

  it('opens the payment instructions with the order "Buat Pesanan" answered with, while the page reads it afresh', async () => {
    const reading = deferred<FakeAnswer>();
    const api = checkoutApi({ 'POST /api/orders': { status: 201, body: placed }, [`GET /api/orders/${orderId}`]: () => reading.promise });
    const view = renderRoute('/checkout');
    await fillAddress();
    await chooseJneAndBca();
    fireEvent.click(screen.getByRole('button', { name: 'Buat Pesanan' }));
    await waitFor(() => expect(view.location().pathname).toBe(`/pesanan/${orderId}/bayar`));
    // The VA number is there before the page's own read has answered: no "Memuat…" between "Buat Pesanan" and it.
    expect((await screen.findByTestId('va-number')).getAttribute('data-number')).toBe('12708123456789');
    expect(screen.getByTestId('payment-status').textContent).toBe('Menunggu pembayaran');
    await waitFor(() => expect(api.calls(`GET /api/orders/${orderId}`)).toHaveLength(1));
    // Its own read answers: paid meanwhile, and the page says so.
    reading.resolve({ body: orderDetail({ state: 'PAID', stateLabelKey: 'order.state.PAID', payment: { ...bcaPayment, state: 'settled', expiresAtReal: null } }) });
    await waitFor(() => expect(screen.getByTestId('payment-status').textContent).toBe('Pembayaran diterima'));
    view.unmount();

    // Once read afresh, the primed answer is forgotten: the page opened again waits for its own read.
    const again = deferred<FakeAnswer>();
    const reread = checkoutApi({ [`GET /api/orders/${orderId}`]: () => again.promise });
    renderRoute(`/pesanan/${orderId}/bayar`);
    await waitFor(() => expect(reread.calls(`GET /api/orders/${orderId}`)).toHaveLength(1));
    expect(screen.getByTestId('payment-page')).toBeTruthy();
    expect(screen.queryByTestId('va-number')).toBeNull();
    again.resolve({ body: orderDetail() });
    expect(await screen.findByTestId('va-number')).toBeTruthy();
  });

  it('keeps the address typed so far through a reload, before any order is placed', async () => {
    checkoutApi();
    const first = renderRoute('/checkout');
    await fillAddress();
    first.unmount();
    renderRoute('/checkout');
    expect(((await screen.findByRole('textbox', { name: 'Nomor HP penerima' })) as HTMLInputElement).value).toBe('0812-3456 7890');
    expect((screen.getByRole('textbox', { name: /Alamat lengkap/ }) as HTMLInputElement).value).toBe('Jl. Raya Ambarawa No. 12, RT 02 RW 01');
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Kabupaten / kota' }) as HTMLSelectElement).value).toBe('18.71'));
    expect(await screen.findByTestId('courier-options')).toBeTruthy();
  });

  it('keeps the courier, the payment method and the note through a reload, and forgets them once the order is placed', async () => {
    checkoutApi({ 'POST /api/orders': { status: 201, body: placed } });
    const first = renderRoute('/checkout');
    await fillAddress();
    await chooseJneAndBca();
    fireEvent.change(screen.getByRole('textbox', { name: /Catatan untuk penjual/ }), { target: { value: 'Tolong dibungkus rapi' } });
    first.unmount();

    const again = renderRoute('/checkout');
    expect((within(await screen.findByTestId('courier-jne-reg')).getByRole('radio') as HTMLInputElement).checked).toBe(true);
    expect((within(screen.getByTestId('payment-bca_va')).getByRole('radio') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: /Catatan untuk penjual/ }) as HTMLTextAreaElement).value).toBe('Tolong dibungkus rapi');
    fireEvent.click(screen.getByRole('button', { name: 'Buat Pesanan' }));
    await waitFor(() => expect(again.location().pathname).toBe(`/pesanan/${orderId}/bayar`));
    again.unmount();

    renderRoute('/checkout');
    expect((within(await screen.findByTestId('courier-jne-reg')).getByRole('radio') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('textbox', { name: /Catatan untuk penjual/ }) as HTMLTextAreaElement).value).toBe('');
  });

  it('sends the same Idempotency-Key again when "Buat Pesanan" is retried after the Wi-Fi dropped', async () => {
    const keys = await orderThroughAlert(
      checkoutApi({ 'POST /api/orders': answerLostFirst() }),
      'Tidak tersambung ke server. Periksa Wi-Fi atau data seluler, lalu coba lagi.',
    );
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('sends the same Idempotency-Key after a reload when the answer to "Buat Pesanan" was lost, and a new one for the next checkout', async () => {
    const api = checkoutApi({ 'POST /api/orders': answerLostFirst() });
    const first = renderRoute(`/checkout?produk=${sugarId}&jumlah=1`);
    await fillAddress();
    await chooseJneAndBca();
    fireEvent.click(screen.getByRole('button', { name: 'Buat Pesanan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tidak tersambung ke server. Periksa Wi-Fi atau data seluler, lalu coba lagi.');
    first.unmount();

    const reloaded = renderRoute(`/checkout?produk=${sugarId}&jumlah=1`);
    await screen.findByTestId('courier-jne-reg');
    fireEvent.click(screen.getByRole('button', { name: 'Buat Pesanan' }));
    await waitFor(() => expect(reloaded.location().pathname).toBe(`/pesanan/${orderId}/bayar`));
    reloaded.unmount();

    renderRoute(`/checkout?produk=${sugarId}&jumlah=1`);
    await chooseJneAndBca();
    fireEvent.click(screen.getByRole('button', { name: 'Buat Pesanan' }));
    await waitFor(() => expect(api.calls('POST /api/orders')).toHaveLength(3));
    const [lost, afterReload, nextCheckout] = api.calls('POST /api/orders').map((request) => request.headers.get('Idempotency-Key'));
    expect(afterReload).toBe(lost);
    expect(nextCheckout).not.toBe(lost);
  });

  it('starts the next cart checkout with a new key once the cart it kept one for is empty (ordered, its answer lost)', async () => {
    const lost = checkoutApi({ 'POST /api/orders': () => Promise.reject(new TypeError('Failed to fetch')) });
    const first = renderRoute('/checkout');
    await fillAddress();
    await chooseJneAndBca();
    fireEvent.click(screen.getByRole('button', { name: 'Buat Pesanan' }));
    await screen.findByRole('alert');
    const [lostKey] = lost.calls('POST /api/orders').map((request) => request.headers.get('Idempotency-Key'));
    first.unmount();

    // Reloaded: the server emptied the cart when it placed the order.
    checkoutApi({ 'POST /api/checkout/quote': apiError(409, 'CART_EMPTY') });
    const empty = renderRoute('/checkout');
    await screen.findByTestId('checkout-empty');
    empty.unmount();

    // Later, a new cart.
    const next = checkoutApi({ 'POST /api/orders': { status: 201, body: placed } });
    renderRoute('/checkout');
    await chooseJneAndBca();
    fireEvent.click(screen.getByRole('button', { name: 'Buat Pesanan' }));
    await waitFor(() => expect(next.calls('POST /api/orders')).toHaveLength(1));
    expect(next.calls('POST /api/orders')[0]!.headers.get('Idempotency-Key')).not.toBe(lostKey);
  });

  it('uses a new key for "Buat Pesanan" after being told the order exists', async () => {
    let attempt = 0;
    const api = checkoutApi({
      'POST /api/orders': () => {
        attempt += 1;
        return attempt === 1 ? apiError(409, 'IDEMPOTENCY_KEY_REUSED') : { status: 201, body: placed };
      },
    });
    const [told, again] = await orderThroughAlert(api, 'Pesanan ini sudah dibuat sebelumnya. Lihat di Pesanan Saya.');
    expect(again).not.toBe(told);
  });

  it('tells the buyer the order exists when the key was used for another checkout', async () => {
    checkoutApi({ 'POST /api/orders': apiError(409, 'IDEMPOTENCY_KEY_REUSED') });
    renderRoute('/checkout');
    await fillAddress();
    await chooseJneAndBca();
    fireEvent.click(screen.getByRole('button', { name: 'Buat Pesanan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Pesanan ini sudah dibuat sebelumnya. Lihat di Pesanan Saya.');
    expect(screen.getByRole('link', { name: 'Pesanan Saya' }).getAttribute('href')).toBe('/pesanan');
  });

  it('"Beli Sekarang" checks out just that product, with the saved address', async () => {
    window.localStorage.setItem(
      `pasar-latihan.address.${buyer.id}`,
      JSON.stringify({ recipient: 'Bu Rahma', phone: '081234567890', street: 'Jl. Raya Ambarawa No. 12', provinceCode: '18', regencyCode: '18.71', district: 'Kedaton' }),
    );
    const api = checkoutApi({ 'POST /api/orders': { status: 201, body: placed } });
    const view = renderRoute(`/checkout?produk=${sugarId}&jumlah=3`);
    await chooseJneAndBca();
    expect(await api.calls('POST /api/checkout/quote')[0]!.json()).toEqual({ destinationRegencyCode: '18.71', items: [{ productId: sugarId, quantity: 3 }] });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Buat Pesanan' })));
    await waitFor(() => expect(view.location().pathname).toBe(`/pesanan/${orderId}/bayar`));
    const body = await api.calls('POST /api/orders')[0]!.json();
    expect(body.items).toEqual([{ productId: sugarId, quantity: 3 }]);
    expect(body.address.district).toBe('Kedaton');
  });

  it('goes to "Pesanan Saya" when the cart made one order per shop', async () => {
    const second = orderDetail({ id: 'aaaaaaaa-1111-4111-8111-000000000002' });
    checkoutApi({ 'POST /api/orders': { status: 201, body: { ...placed, orders: [orderDetail(), second] } } });
    window.localStorage.setItem(
      `pasar-latihan.address.${buyer.id}`,
      JSON.stringify({ recipient: 'Bu Rahma', phone: '081234567890', street: 'Jl. Raya Ambarawa No. 12', provinceCode: '18', regencyCode: '18.71', district: '' }),
    );
    const view = renderRoute('/checkout');
    await chooseJneAndBca();
    fireEvent.click(screen.getByRole('button', { name: 'Buat Pesanan' }));
    await waitFor(() => expect(`${view.location().pathname}${view.location().search}`).toBe('/pesanan?tab=belum_bayar'));
  });
});
