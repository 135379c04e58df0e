import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { rooms } from '../common/events/domain-event.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import type { OrderSettingsView, UpdateOrderSettingsRequest } from './dto/order-settings.dto.js';
import { deadlineSettingsProblems, type OrderDeadlineSettings, resolveDeadlineSettings } from './order-deadlines.js';
import { orderErrors } from './order.errors.js';

export interface OrderSettings {
  deadlines: OrderDeadlineSettings;
  adminFeeRupiah: number;
  adminFeeSetByClass: boolean;
}

interface SettingsRow {
  payment_hours: number;
  ship_by_days: number;
  auto_complete_days: number;
  admin_fee_rupiah: number | null;
}

/** A class's order deadlines and admin fee: its own row over the defaults (24 h, 2 days, 3 days, ADMIN_FEE_RUPIAH). */
@Injectable()
export class OrderSettingsService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async view(classId: string): Promise<OrderSettingsView> {
    const { deadlines, ...fee } = await this.get(classId);
    return { ...deadlines, ...fee };
  }

  /** Inside a transaction, pass its manager (one connection per transaction, never two). */
  async get(classId: string, manager: EntityManager = this.dataSource.manager): Promise<OrderSettings> {
    const rows: SettingsRow[] = await manager.query(
      `SELECT payment_hours, ship_by_days, auto_complete_days, admin_fee_rupiah FROM class_order_settings WHERE class_id = $1`,
      [classId],
    );
    const row = rows[0];
    const deadlines = resolveDeadlineSettings(row ? { paymentHours: row.payment_hours, shipByDays: row.ship_by_days, autoCompleteDays: row.auto_complete_days } : null);
    const classFee = row?.admin_fee_rupiah ?? null;
    return { deadlines, adminFeeRupiah: classFee ?? this.env.adminFeeRupiah, adminFeeSetByClass: classFee !== null };
  }

  async update(classId: string, actor: Principal, changes: UpdateOrderSettingsRequest): Promise<OrderSettingsView> {
    const { adminFeeRupiah, ...deadlineChanges } = changes;
    const problems = deadlineSettingsProblems(Object.fromEntries(Object.entries(deadlineChanges).filter(([, v]) => v !== undefined)));
    if (problems.length > 0) throw orderErrors.invalidSettings(problems);
    await this.uow.run(async (tx) => {
      const current = await this.get(classId, tx.manager);
      const next = {
        paymentHours: changes.paymentHours ?? current.deadlines.paymentHours,
        shipByDays: changes.shipByDays ?? current.deadlines.shipByDays,
        autoCompleteDays: changes.autoCompleteDays ?? current.deadlines.autoCompleteDays,
        adminFee: adminFeeRupiah === undefined ? (current.adminFeeSetByClass ? current.adminFeeRupiah : null) : adminFeeRupiah,
      };
      await tx.manager.query(
        `INSERT INTO class_order_settings (class_id, payment_hours, ship_by_days, auto_complete_days, admin_fee_rupiah)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (class_id) DO UPDATE SET payment_hours = EXCLUDED.payment_hours, ship_by_days = EXCLUDED.ship_by_days,
           auto_complete_days = EXCLUDED.auto_complete_days, admin_fee_rupiah = EXCLUDED.admin_fee_rupiah, updated_at = now()`,
        [classId, next.paymentHours, next.shipByDays, next.autoCompleteDays, next.adminFee],
      );
      await tx.record({
        type: 'class.order_settings_changed',
        classId,
        actorId: actor.id,
        payload: { ...next },
        rooms: [rooms.facilitators(classId)],
      });
    });
    return this.view(classId);
  }
}
