import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../shared/format/rupiah';
import { translateApiKey } from '../../../shared/i18n/api-key';
import { IconBox, IconMapPin, IconPaymentCheck, IconPerson, IconStore, IconTruck } from '../../../shared/ui/icons';
import type { OrderDetail } from '../api/order-types';

/** The parcel: the products (as they were when ordered), the courier, the address, the note and the money. */
export function OrderFacts({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const { address, courier } = order;
  const etdRange = courier.etd.min === courier.etd.max ? String(courier.etd.max) : `${courier.etd.min}-${courier.etd.max}`;

  return (
    <>
      <section className="card order-section" aria-labelledby="order-items-title">
        <h2 className="order-section__title" id="order-items-title">
          {order.viewerRole === 'seller' ? <IconPerson /> : <IconStore />}
          <span>{order.viewerRole === 'seller' ? t('orders.detail.buyer', { name: order.buyer.name }) : order.shop.name}</span>
        </h2>
        <ul className="order-lines">
          {order.lines.map((line, index) => (
            <li className="order-line" key={`${line.productId ?? 'gone'}-${index}`} data-testid="order-line">
              <span className="order-line__photo">{line.photo ? <img src={line.photo.thumb} alt="" width="56" height="56" loading="lazy" /> : <IconBox />}</span>
              <span className="order-line__body">
                <span className="order-line__title">{line.title}</span>
                <span className="order-line__meta">
                  {t('orders.detail.lineQuantity', { count: line.quantity, price: formatRupiah(line.unitPrice) })}
                  <strong>{formatRupiah(line.lineTotal)}</strong>
                </span>
              </span>
            </li>
          ))}
        </ul>
        {order.note && (
          <p className="order-note" data-testid="order-note">
            <strong>{t('orders.detail.note')}</strong> {order.note}
          </p>
        )}
      </section>

      <section className="card order-section" aria-labelledby="order-shipping-title" data-testid="order-shipping">
        <h2 className="order-section__title" id="order-shipping-title">
          <IconTruck />
          <span>{t('orders.detail.shipping')}</span>
        </h2>
        <p className="order-courier">
          <strong data-testid="order-courier">{courier.name}</strong>
          <span>{courier.etd.unit === 'day' ? t('checkout.courier.etdDays', { range: etdRange, count: courier.etd.max }) : t('checkout.courier.etdHours', { range: etdRange, count: courier.etd.max })}</span>
        </p>
        <div className="order-address" data-testid="order-address">
          <p className="order-address__who">
            <IconMapPin />
            <span>
              <strong>{address.recipient}</strong> · {address.phone}
            </span>
          </p>
          <p>{address.street}</p>
          <p>{[address.district, address.regencyLabel, address.provinceName].filter(Boolean).join(', ')}</p>
        </div>
      </section>

      <section className="card order-section" aria-labelledby="order-money-title">
        <h2 className="order-section__title" id="order-money-title">
          <IconPaymentCheck />
          <span>{order.payment ? translateApiKey(t, order.payment.labelKey, order.paymentMethod) : t('orders.detail.money')}</span>
        </h2>
        <dl className="order-sums">
          <div>
            <dt>{t('checkout.summary.subtotal')}</dt>
            <dd>{formatRupiah(order.subtotal)}</dd>
          </div>
          <div>
            <dt>{t('checkout.summary.shipping')}</dt>
            <dd>{formatRupiah(order.shippingCost)}</dd>
          </div>
          <div>
            <dt>{t('checkout.summary.adminFee')}</dt>
            <dd>{formatRupiah(order.adminFee)}</dd>
          </div>
          <div className="order-sums__total">
            <dt>{t('checkout.summary.total')}</dt>
            <dd data-testid="order-total">{formatRupiah(order.total)}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}
