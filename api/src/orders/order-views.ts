import { Injectable } from '@nestjs/common';
import { numberedName } from '../classes/participant-name.js';
import { MediaService } from '../media/media.service.js';
import type { OrderPaymentView } from '../payments/dto/payment.dto.js';
import { shipmentView } from '../shipping/fulfilment-views.js';
import type { ShipmentRow, TrackingEventRow } from '../shipping/shipments.repository.js';
import type { OrderDetailView, OrderSummaryView } from './dto/order.dto.js';
import { CANCEL_REASON_LABEL_KEYS, ORDER_STATE_LABEL_KEYS } from './order-state.js';
import type { OrderHistoryRow, OrderLineRow, OrderListRow, OrderRow } from './orders.repository.js';

export type ViewerRole = OrderDetailView['viewerRole'];

const iso = (at: Date | null) => at?.toISOString() ?? null;

/** Rows → what the API answers: one mapping for lists, order pages and the checkout's answer. */
@Injectable()
export class OrderViews {
  constructor(private readonly media: MediaService) {}

  summary(row: OrderListRow | OrderRow, lines: OrderLineRow[]): OrderSummaryView {
    const first = lines[0];
    return {
      id: row.id,
      invoiceNumber: row.invoice_number,
      state: row.state,
      stateLabelKey: ORDER_STATE_LABEL_KEYS[row.state],
      cancelReason: row.cancel_reason,
      cancelReasonLabelKey: row.cancel_reason ? CANCEL_REASON_LABEL_KEYS[row.cancel_reason] : null,
      shop: { id: row.shop_id, name: row.shop_name },
      buyer: { id: row.buyer_id, name: numberedName(row.buyer_name, row.buyer_number) },
      itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
      firstItem: first ? { title: first.title, photo: first.photo_hash ? this.media.urlsFor(first.photo_hash) : null } : null,
      total: row.total,
      paymentMethod: row.payment_method,
      courierName: 'courier_name' in row ? row.courier_name : row.courier.name,
      resi: 'resi' in row ? row.resi : null,
      placedAt: row.placed_at.toISOString(),
      paymentDueAt: iso(row.payment_due_at),
      paidAt: iso(row.paid_at),
      shipByAt: iso(row.ship_by_at),
      autoCompleteAt: iso(row.auto_complete_at),
      cancelledAt: iso(row.cancelled_at),
    };
  }

  detail(
    row: OrderRow,
    lines: OrderLineRow[],
    history: OrderHistoryRow[],
    payment: OrderPaymentView | null,
    viewerRole: ViewerRole,
    parcel: { shipment: ShipmentRow | null; tracking: TrackingEventRow[] } = { shipment: null, tracking: [] },
  ): OrderDetailView {
    const { address, courier } = row;
    return {
      ...this.summary(row, lines),
      resi: parcel.shipment?.resi ?? null,
      viewerRole,
      deliveredAt: iso(row.delivered_at),
      completedAt: iso(row.completed_at),
      shipment: parcel.shipment ? shipmentView(parcel.shipment, parcel.tracking) : null,
      lines: lines.map((line) => ({
        productId: line.product_id,
        title: line.title,
        unitPrice: line.unit_price,
        quantity: line.quantity,
        lineTotal: line.line_total,
        weightGrams: line.weight_grams,
        photo: line.photo_hash ? this.media.urlsFor(line.photo_hash) : null,
      })),
      address: {
        recipient: address.recipient,
        phone: address.phone,
        street: address.street,
        district: address.district,
        regencyCode: address.regencyCode,
        regencyLabel: address.regencyLabel,
        provinceName: address.provinceName,
      },
      note: row.note,
      courier: { ...courier, etd: { ...courier.etd } },
      subtotal: row.subtotal,
      shippingCost: row.shipping_cost,
      adminFee: row.admin_fee,
      cancelNote: row.cancel_note,
      history: history.map((entry) => ({
        from: entry.from_state,
        to: entry.to_state,
        actor: entry.actor,
        reason: entry.reason,
        note: entry.note,
        at: entry.sim_time.toISOString(),
      })),
      payment,
    };
  }
}
