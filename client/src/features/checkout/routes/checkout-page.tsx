import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../../shared/api/http';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths, CHECKOUT_PARAMS, linkTo, ORDER_TAB_PARAM } from '../../../shared/config/paths';
import { formatRupiah } from '../../../shared/format/rupiah';
import type { ErrorMessageKey } from '../../../shared/i18n/error-messages';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconArrowLeft, IconCheck, IconReceipt, IconStore } from '../../../shared/ui/icons';
import { addressProblems, loadAddress, saveAddress, toAddressInput, type AddressDraft } from '../address-draft';
import type { CheckoutLine, CheckoutResult, PaymentMethodCode, PlaceOrderRequest } from '../api/checkout-types';
import { getQuote } from '../api/get-quote';
import { placeOrder } from '../api/place-order';
import { checkoutProblems, checkoutSummary, codAllowed, keepOfferedChoices, type CheckoutProblem, type CourierChoices } from '../checkout-draft';
import { clearChoices, loadChoices, saveChoices } from '../choices-draft';
import { AddressForm } from '../components/address-form';
import { IconNote } from '../components/checkout-icons';
import { CheckoutSummaryCard } from '../components/checkout-summary';
import { CourierOptions } from '../components/courier-options';
import { LinePhoto } from '../components/line-photo';
import { PaymentMethods } from '../components/payment-methods';
import { newIdempotencyKey } from '../../../shared/api/idempotency-key';
import '../checkout.css';

const MAX_QUANTITY = 1000;
const NOTE_MAX = 200;
/** At checkout the Idempotency-Key is the order's: say so in the order's words. */
const CHECKOUT_WORDS: Partial<Record<string, ErrorMessageKey>> = {
  IDEMPOTENCY_KEY_REQUIRED: 'errors.checkoutKeyMissing',
  IDEMPOTENCY_KEY_INVALID: 'errors.checkoutKeyMissing',
  IDEMPOTENCY_KEY_REUSED: 'errors.orderAlreadyPlaced',
};

/** /checkout (the cart) or /checkout?produk=<id>&jumlah=2 ("Beli Sekarang"). */
export function CheckoutPage() {
  return <ParticipantOnly>{(session) => <Checkout key={session.id} session={session} />}</ParticipantOnly>;
}

function itemsFromParams(params: URLSearchParams): CheckoutLine[] | undefined {
  const productId = params.get(CHECKOUT_PARAMS.product);
  if (!productId) return undefined;
  const quantity = Number(params.get(CHECKOUT_PARAMS.quantity) ?? '1');
  return [{ productId, quantity: Number.isInteger(quantity) && quantity >= 1 ? Math.min(quantity, MAX_QUANTITY) : 1 }];
}

/** Where the buyer goes once the orders exist: the payment instructions of the one order, or "Pesanan Saya". */
export function afterPlacing(result: CheckoutResult): string {
  const [first, ...others] = result.orders;
  if (!first) return appPaths.myOrders;
  if (others.length > 0) return `${appPaths.myOrders}?${ORDER_TAB_PARAM}=belum_bayar`;
  return first.state === 'AWAITING_PAYMENT' ? linkTo.orderPayment(first.id) : linkTo.order(first.id);
}

function Checkout({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const items = itemsFromParams(params);
  const itemsKey = items ? items.map((line) => `${line.productId}x${line.quantity}`).join(',') : 'cart';

  const [address, setAddress] = useState<AddressDraft>(() => loadAddress(session.id, session.name));
  // Kept on this phone as it is typed: a reload (or the phone closing the tab) does not wipe it, and the next
  // checkout starts from it.
  useEffect(() => saveAddress(session.id, address), [session.id, address]);
  // The couriers, the payment method and the note are kept in this tab for this checkout as they are chosen.
  const [kept] = useState(() => loadChoices(session.id, itemsKey));
  const [choices, setChoices] = useState<CourierChoices>(kept.couriers);
  const [method, setMethod] = useState<PaymentMethodCode | undefined>(kept.method);
  const [note, setNote] = useState(kept.note);
  // One key per checkout: a double tap, "Buat Pesanan" again after the Wi-Fi dropped, or again after a reload sends
  // the same one, so an order whose answer was lost is answered, not placed twice. A new one once it is placed.
  const [firstKey] = useState(() => kept.key ?? newIdempotencyKey());
  const idempotencyKey = useRef(firstKey);
  const [tried, setTried] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const regency = address.regencyCode;
  const quote = useApi(regency ? `quote:${regency}:${itemsKey}` : null, (signal) => getQuote(regency, items, signal));
  const keepChoices = useCallback(
    () => saveChoices(session.id, itemsKey, { couriers: choices, method, note, key: idempotencyKey.current }),
    [session.id, itemsKey, choices, method, note],
  );
  const place = useSubmit(async (body: PlaceOrderRequest) => {
    try {
      return await placeOrder(idempotencyKey.current, body);
    } catch (error) {
      // The key went with an order already made for another request (the buyer changed something after a lost
      // answer): she is told, with the way to "Pesanan Saya"; "Buat Pesanan" again is a new order, with a new key.
      if (error instanceof ApiError && error.code === 'IDEMPOTENCY_KEY_REUSED') {
        idempotencyKey.current = newIdempotencyKey();
        keepChoices();
      }
      throw error;
    }
  });

  const data = quote.data;
  const offered = data ? keepOfferedChoices(data, choices) : {};
  const summary = data ? checkoutSummary(data, offered) : undefined;
  const cod = data ? codAllowed(data, offered) : false;
  const problemsOfAddress = addressProblems(address);
  const problems: CheckoutProblem[] = data ? checkoutProblems(data, offered, method) : [];
  const shownAddressProblems = tried ? problemsOfAddress : [];

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (!data || problemsOfAddress.length > 0 || problems.length > 0) {
      setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .error-note')?.scrollIntoView?.({ block: 'center' }));
      return;
    }
    const result = await place.run({
      address: toAddressInput(address),
      ...(note.trim() ? { note: note.trim() } : {}),
      shops: data.shops.map((shop) => ({ shopId: shop.shop.id, courierCode: offered[shop.shop.id]! })),
      paymentMethod: method!,
      ...(items ? { items } : {}),
    });
    if (!result) return;
    clearChoices(session.id, itemsKey);
    void navigate(afterPlacing(result), { replace: true });
  };

  const quoteEmpty = quote.error?.code === 'CART_EMPTY';
  useEffect(() => {
    // Nothing left to check out (the cart was ordered, perhaps with its answer lost, or emptied): what was kept for
    // it goes, so that the next checkout from this cart starts afresh, with a key of its own.
    if (quoteEmpty) clearChoices(session.id, itemsKey);
    else keepChoices();
  }, [session.id, itemsKey, keepChoices, quoteEmpty]);

  return (
    <form className="page checkout" ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate data-testid="checkout-page">
      <Link className="button button--ghost button--small back-link" to={items ? linkTo.storefrontProduct(items[0]!.productId) : appPaths.cart}>
        <IconLabel icon={IconArrowLeft}>{t(items ? 'checkout.backToProduct' : 'checkout.backToCart')}</IconLabel>
      </Link>
      <h1>{t('checkout.title')}</h1>

      <AddressForm address={address} onChange={setAddress} problems={shownAddressProblems} />

      {!regency && (
        <p className="note" data-testid="choose-address-first">
          <IconAlert className="note__icon" />
          <span>{t('checkout.chooseAddressFirst')}</span>
        </p>
      )}
      {quote.loading && (
        <p className="page-loading" role="status">
          {t('checkout.quoting')}
        </p>
      )}
      {quoteEmpty ? (
        <div className="note note--block" data-testid="checkout-empty">
          <p>{t('checkout.cart.empty')}</p>
          <Link className="button button--primary" to={appPaths.storefront}>
            <IconLabel icon={IconStore}>{t('checkout.cart.shop')}</IconLabel>
          </Link>
        </div>
      ) : (
        <ErrorNote error={quote.error} />
      )}

      {data?.shops.map((shop) => (
        <section className="card checkout-section" key={shop.shop.id} aria-label={shop.shop.name} data-testid="checkout-shop">
          <p className="card__eyebrow">
            <IconStore />
            <span>{shop.shop.name}</span>
            <span className="cart-group__from">{t('checkout.shipsFrom', { regency: shop.shop.regencyLabel })}</span>
          </p>
          <ul className="lines">
            {shop.items.map((line) => (
              <li className="line" key={line.productId}>
                <LinePhoto photo={line.photo} />
                <div className="line__body">
                  <p className="line__title">{line.title}</p>
                  <p className="line__meta">
                    {t('checkout.lineQuantity', { count: line.quantity, price: formatRupiah(line.price) })}
                    <strong>{formatRupiah(line.lineTotal)}</strong>
                  </p>
                </div>
              </li>
            ))}
          </ul>
          <CourierOptions
            shop={shop}
            chosen={offered[shop.shop.id]}
            onChoose={(code) => setChoices((current) => ({ ...current, [shop.shop.id]: code }))}
            missing={tried && problems.some((problem) => problem.kind === 'courier' && problem.shopId === shop.shop.id)}
          />
        </section>
      ))}

      {data && (
        <>
          <section className="card checkout-section" aria-labelledby="note-title">
            <label className="field">
              <span className="section-heading" id="note-title">
                <IconNote />
                <span>
                  {t('checkout.note.label')} <span className="field__optional">{t('common.optional')}</span>
                </span>
              </span>
              <textarea
                className="field__input field__textarea"
                name="note"
                rows={2}
                maxLength={NOTE_MAX}
                placeholder={t('checkout.note.example')}
                value={note}
                onChange={(event) => setNote(event.target.value)}
              />
            </label>
          </section>

          <PaymentMethods
            methods={data.paymentMethods}
            chosen={method}
            onChoose={setMethod}
            codAllowed={cod}
            missing={tried && problems.some((problem) => problem.kind === 'payment')}
          />

          {summary && <CheckoutSummaryCard summary={summary} />}
        </>
      )}

      <div className="sticky-total">
        {tried && problems.length + problemsOfAddress.length > 0 && (
          <p className="field__feedback field__feedback--invalid" role="alert" data-testid="checkout-problem">
            <IconAlert />
            <ProblemText problem={problems[0]} addressFirst={problemsOfAddress.length > 0} />
          </p>
        )}
        <ErrorNote error={place.error} wordsFor={CHECKOUT_WORDS} />
        {place.error?.code === 'IDEMPOTENCY_KEY_REUSED' && (
          <Link className="button button--secondary" to={appPaths.myOrders}>
            <IconLabel icon={IconReceipt}>{t('orders.mine.title')}</IconLabel>
          </Link>
        )}
        <p className="sticky-total__amount">
          <span>{t('checkout.summary.total')}</span>
          <strong data-testid="sticky-total">{summary?.total != null ? formatRupiah(summary.total) : '–'}</strong>
        </p>
        <button type="submit" className="button button--primary" disabled={place.pending} aria-busy={place.pending}>
          <IconLabel icon={IconCheck}>{place.pending ? t('checkout.placing') : t('checkout.place')}</IconLabel>
        </button>
      </div>
    </form>
  );
}

/** The first thing that stops the order, in words. */
function ProblemText({ problem, addressFirst }: { problem: CheckoutProblem | undefined; addressFirst: boolean }) {
  const { t } = useTranslation();
  if (addressFirst || !problem) return <span>{t('checkout.problems.address')}</span>;
  switch (problem.kind) {
    case 'noCourierFits':
      return <span>{t('checkout.problems.noCourierFits', { shop: problem.shopName })}</span>;
    case 'courier':
      return <span>{t('checkout.problems.courier', { shop: problem.shopName })}</span>;
    case 'payment':
      return <span>{t('checkout.problems.payment')}</span>;
  }
}
