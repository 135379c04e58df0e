import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { rooms } from '../common/events/domain-event.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import type { UpdateWalletSettingsRequest, WalletSettingsView } from './dto/wallet.dto.js';
import { walletErrors } from './wallet.errors.js';

/** DESIGN "Money": the seller's admin fee is configurable; so are the withdrawal fee and minimum and the ad price. */
export const DEFAULT_WALLET_SETTINGS: WalletSettingsView = {
  sellerFeePercent: 5,
  withdrawalFee: 2_500,
  minWithdrawal: 10_000,
  promotionPricePerDay: 5_000,
};

/** Cross-field rules the DTO cannot say: a withdrawal of the minimum must leave something for the bank to receive. */
export function walletSettingsProblems(settings: WalletSettingsView): string[] {
  return settings.minWithdrawal > settings.withdrawalFee ? [] : ['minWithdrawal must be more than withdrawalFee'];
}

interface Row {
  seller_fee_percent: number;
  withdrawal_fee: number;
  min_withdrawal: number;
  promotion_price_per_day: number;
}

/** A class's wallet settings: its own row over the defaults. */
@Injectable()
export class WalletSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async get(classId: string, manager: EntityManager = this.dataSource.manager): Promise<WalletSettingsView> {
    const rows: Row[] = await manager.query(
      `SELECT seller_fee_percent, withdrawal_fee, min_withdrawal, promotion_price_per_day FROM wallet_settings WHERE class_id = $1`,
      [classId],
    );
    const row = rows[0];
    if (!row) return { ...DEFAULT_WALLET_SETTINGS };
    return {
      sellerFeePercent: row.seller_fee_percent,
      withdrawalFee: row.withdrawal_fee,
      minWithdrawal: row.min_withdrawal,
      promotionPricePerDay: row.promotion_price_per_day,
    };
  }

  async update(classId: string, actor: Principal, changes: UpdateWalletSettingsRequest): Promise<WalletSettingsView> {
    return this.uow.run(async (tx) => {
      const current = await this.get(classId, tx.manager);
      const next: WalletSettingsView = {
        sellerFeePercent: changes.sellerFeePercent ?? current.sellerFeePercent,
        withdrawalFee: changes.withdrawalFee ?? current.withdrawalFee,
        minWithdrawal: changes.minWithdrawal ?? current.minWithdrawal,
        promotionPricePerDay: changes.promotionPricePerDay ?? current.promotionPricePerDay,
      };
      const problems = walletSettingsProblems(next);
      if (problems.length > 0) throw walletErrors.invalidSettings(problems);
      await tx.manager.query(
        `INSERT INTO wallet_settings (class_id, seller_fee_percent, withdrawal_fee, min_withdrawal, promotion_price_per_day)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (class_id) DO UPDATE SET seller_fee_percent = EXCLUDED.seller_fee_percent, withdrawal_fee = EXCLUDED.withdrawal_fee,
           min_withdrawal = EXCLUDED.min_withdrawal, promotion_price_per_day = EXCLUDED.promotion_price_per_day, updated_at = now()`,
        [classId, next.sellerFeePercent, next.withdrawalFee, next.minWithdrawal, next.promotionPricePerDay],
      );
      await tx.record({ type: 'class.wallet_settings_changed', classId, actorId: actor.id, payload: { ...next }, rooms: [rooms.facilitators(classId)] });
      return next;
    });
  }
}
