// The seller's wallet: "Saldo Penjual", the bank account and "Tarik Dana" (order money is order-money.service.ts).
// The money design is written down in ledger-postings.ts.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { ClockService } from '../clock/clock.service.js';
import { SchedulerService } from '../clock/scheduler.service.js';
import { rooms } from '../common/events/domain-event.js';
import { type Transaction, UnitOfWork } from '../common/events/unit-of-work.js';
import { assertSameRequest, requestFingerprint, requiredIdempotencyKey } from '../common/idempotency/idempotency.js';
import { ShopsService } from '../catalog/shops.service.js';
import { OrderReadModel } from '../orders/order-read-model.js';
import { accountNumberProblem, BANKS, bankHolderName, findBank, holderNameOk, maskAccountNumber, normaliseAccountNumber } from './bank-rules.js';
import type {
  BankAccountCheckRequest,
  BankAccountCheckView,
  BankAccountView,
  BankView,
  CloseBankAccountView,
  HeldOrderView,
  RegisterBankAccountRequest,
  ShopWalletSummary,
  WalletHistoryLine,
  WalletView,
  WithdrawalView,
} from './dto/wallet.dto.js';
import {
  type EntryKind,
  withdrawalFailed,
  withdrawalRequested,
  withdrawalSucceeded,
} from './ledger-postings.js';
import { LedgerService } from './ledger.service.js';
import { walletErrors } from './wallet.errors.js';
import { WalletSettingsService } from './wallet-settings.service.js';

/** Scheduled when a withdrawal is requested: the bank answers "1x24 jam" later on the class clock. */
export const PAYOUT_TASK = 'wallet.payout';
export const PAYOUT_DELAY_MS = 24 * 60 * 60 * 1000;

interface BankAccountRow {
  id: string;
  class_id: string;
  shop_id: string;
  bank_code: string;
  account_number: string;
  holder_name: string;
  registered_at: Date;
  closed_at: Date | null;
  rejected_at: Date | null;
}

interface WithdrawalRow {
  id: string;
  class_id: string;
  shop_id: string;
  bank_account_id: string;
  bank_code: string;
  account_number: string;
  amount: number;
  fee: number;
  status: 'processing' | 'success' | 'failed';
  failure_code: string | null;
  idempotency_key: string;
  requested_at: Date;
  due_at: Date;
  finished_at: Date | null;
}

export interface Seller {
  participantId: string;
  classId: string;
  shopId: string;
}

export function sellerOf(principal: Principal): Seller {
  if (principal.kind !== 'participant' || !principal.shopId) throw walletErrors.noShop();
  return { participantId: principal.id, classId: principal.classId, shopId: principal.shopId };
}

const WAITING_DUE: Record<HeldOrderView['state'], 'ship_by_at' | 'auto_complete_at' | null> = {
  PAID: 'ship_by_at',
  SHIPPED: null,
  DELIVERED: 'auto_complete_at',
};
/** The states in which an order's money can still be held in escrow ("dana ditahan"). */
const HELD_STATES = Object.keys(WAITING_DUE) as HeldOrderView['state'][];

@Injectable()
export class WalletService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly ledger: LedgerService,
    private readonly settings: WalletSettingsService,
    private readonly clock: ClockService,
    private readonly scheduler: SchedulerService,
    private readonly orders: OrderReadModel,
    private readonly shops: ShopsService,
  ) {}

  onModuleInit(): void {
    this.scheduler.registerHandler(PAYOUT_TASK, (task, tx, { simNow }) => this.settlePayout(tx, String(task.payload.withdrawalId), simNow));
  }

  // --- Saldo Penjual ------------------------------------------------------------------------------------------

  async view(principal: Principal): Promise<WalletView> {
    const seller = sellerOf(principal);
    const manager = this.dataSource.manager;
    const [balance, held, history, bank, withdrawals, settings] = await Promise.all([
      this.ledger.shopBalances(seller.shopId),
      this.heldOrders(manager, seller.shopId),
      this.history(manager, seller.shopId),
      this.bankAccountRow(manager, seller.shopId),
      this.withdrawalRows(manager, seller.shopId),
      this.settings.get(seller.classId),
    ]);
    return {
      balance,
      held,
      history,
      bankAccount: bank ? this.bankView(bank, true) : null,
      withdrawals: withdrawals.map((row) => this.withdrawalView(row, false)),
      settings,
    };
  }

  /** The shop's orders still on their way (from orders' read model) whose money the ledger still holds in escrow. */
  private async heldOrders(manager: EntityManager, shopId: string): Promise<HeldOrderView[]> {
    const waiting = await this.orders.shopOrdersIn(manager, shopId, HELD_STATES);
    if (waiting.length === 0) return [];
    const escrows: { order_id: string; escrow: string }[] = await manager.query(
      `SELECT e.order_id, SUM(l.amount) AS escrow FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id
         JOIN ledger_account a ON a.id = l.account_id AND a.kind = 'escrow'
        WHERE e.order_id = ANY($1::uuid[]) GROUP BY e.order_id`,
      [waiting.map((order) => order.id)],
    );
    const escrowOf = new Map(escrows.map((row) => [row.order_id, Number(row.escrow)]));
    return waiting.flatMap((row) => {
      const escrow = escrowOf.get(row.id) ?? 0;
      if (escrow <= 0) return [];
      const state = row.state as HeldOrderView['state'];
      const due = WAITING_DUE[state];
      return {
        orderId: row.id,
        invoiceNumber: row.invoice_number,
        amount: escrow,
        state,
        waitingKey: `wallet.waiting.${row.state}`,
        dueAt: due && row[due] ? row[due].toISOString() : null,
      };
    });
  }

  private async history(manager: EntityManager, shopId: string): Promise<WalletHistoryLine[]> {
    const rows: {
      id: string;
      kind: EntryKind;
      account: 'escrow' | 'available';
      amount: string;
      sim_time: Date;
      order_id: string | null;
      source_id: string;
      memo: { fee?: number };
    }[] = await manager.query(
      `SELECT l.id, e.kind, a.kind AS account, l.amount, e.sim_time, e.order_id, e.source_id, e.memo
         FROM ledger_account a
         JOIN journal_line l ON l.account_id = a.id
         JOIN journal_entry e ON e.id = l.entry_id
        WHERE a.shop_id = $1
        ORDER BY e.id DESC, l.id DESC
        LIMIT 50`,
      [shopId],
    );
    const orderIds = [...new Set(rows.flatMap((row) => (row.order_id ? [row.order_id] : [])))];
    const invoices = new Map((await this.orders.invoiceStates(manager, orderIds)).map((order) => [order.id, order.invoice_number]));
    return rows.map((row) => ({
      id: String(row.id),
      kind: row.kind,
      account: row.account,
      amount: Number(row.amount),
      at: row.sim_time.toISOString(),
      orderId: row.order_id,
      invoiceNumber: row.order_id ? (invoices.get(row.order_id) ?? null) : null,
      withdrawalId: row.kind.startsWith('withdrawal_') ? row.source_id : null,
      promotionId: row.kind === 'promotion_bought' ? row.source_id : null,
      fee: typeof row.memo?.fee === 'number' ? row.memo.fee : null,
    }));
  }

  /** The facilitator's overview: every shop's balances, with masked bank accounts. */
  async classSummary(classId: string): Promise<ShopWalletSummary[]> {
    const manager = this.dataSource.manager;
    const shops = await this.shops.namesInClass(classId);
    const sums: { shop_id: string; held: string; available: string }[] = await manager.query(
      `SELECT a.shop_id,
              COALESCE(SUM(l.amount) FILTER (WHERE a.kind = 'escrow'), 0) AS held,
              COALESCE(SUM(l.amount) FILTER (WHERE a.kind = 'available'), 0) AS available
         FROM ledger_account a
         JOIN journal_line l ON l.account_id = a.id
        WHERE a.class_id = $1 AND a.shop_id IS NOT NULL
        GROUP BY a.shop_id`,
      [classId],
    );
    const sumsByShop = new Map(sums.map((row) => [row.shop_id, row]));
    const rows = shops.map((shop) => ({
      shop_id: shop.id,
      shop_name: shop.name,
      held: sumsByShop.get(shop.id)?.held ?? '0',
      available: sumsByShop.get(shop.id)?.available ?? '0',
    }));
    const banks: BankAccountRow[] = await manager.query(`SELECT * FROM bank_account WHERE class_id = $1`, [classId]);
    const byShop = new Map(banks.map((bank) => [bank.shop_id, bank]));
    const withdrawals: { shop_id: string; withdrawn: string; processing: string; failed: string }[] = await manager.query(
      `SELECT shop_id,
              COALESCE(SUM(amount) FILTER (WHERE status = 'success'), 0) AS withdrawn,
              COALESCE(SUM(amount) FILTER (WHERE status = 'processing'), 0) AS processing,
              count(*) FILTER (WHERE status = 'failed') AS failed
         FROM withdrawal WHERE class_id = $1 GROUP BY shop_id`,
      [classId],
    );
    const outByShop = new Map(withdrawals.map((w) => [w.shop_id, w]));
    return rows.map((row) => {
      const bank = byShop.get(row.shop_id);
      const out = outByShop.get(row.shop_id);
      return {
        shopId: row.shop_id,
        shopName: row.shop_name,
        held: Number(row.held),
        available: Number(row.available),
        withdrawn: Number(out?.withdrawn ?? 0),
        withdrawing: Number(out?.processing ?? 0),
        failedWithdrawals: Number(out?.failed ?? 0),
        bankAccount: bank ? this.bankView(bank, false) : null,
      };
    });
  }

  // --- Bank account -------------------------------------------------------------------------------------------

  banks(): BankView[] {
    return BANKS.map((bank) => ({ code: bank.code, name: bank.name, fullName: bank.fullName, lengths: [...bank.lengths] }));
  }

  /** "Cek rekening": what the bank's inquiry returns for this number. Nothing is saved. */
  checkAccount(principal: Principal, input: BankAccountCheckRequest): BankAccountCheckView {
    sellerOf(principal);
    const bank = findBank(input.bankCode);
    if (!bank) throw walletErrors.unknownBank(input.bankCode);
    const accountNumber = normaliseAccountNumber(input.accountNumber);
    const problem = accountNumberProblem(bank, accountNumber);
    if (problem === 'ACCOUNT_NUMBER_DIGITS') throw walletErrors.accountNumberDigits();
    if (problem === 'ACCOUNT_NUMBER_LENGTH') throw walletErrors.accountNumberLength(bank.code, bank.lengths);
    if (!holderNameOk(input.holderName)) throw walletErrors.holderNameInvalid();
    return { bankCode: bank.code, bankName: bank.name, accountNumber, bankHolderName: bankHolderName(input.holderName, bank.nameMax) };
  }

  /** Saves (or replaces) the shop's one account, once the seller confirmed the name the bank returned is hers. */
  async registerAccount(principal: Principal, input: RegisterBankAccountRequest): Promise<BankAccountView> {
    const seller = sellerOf(principal);
    const checked = this.checkAccount(principal, input);
    if (input.confirmOwn !== true) throw walletErrors.ownershipNotConfirmed();
    if (input.confirmedHolderName !== checked.bankHolderName) throw walletErrors.holderNameChanged();
    const simNow = await this.clock.now(seller.classId);
    const row = await this.uow.run(async (tx) => {
      // Re-registering the same number keeps what the bank knows of it (a closed account stays closed).
      const saved: BankAccountRow[] = await tx.manager.query(
        `INSERT INTO bank_account (class_id, shop_id, bank_code, account_number, holder_name, registered_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (shop_id) DO UPDATE SET
           closed_at = CASE WHEN bank_account.bank_code = EXCLUDED.bank_code AND bank_account.account_number = EXCLUDED.account_number THEN bank_account.closed_at END,
           rejected_at = CASE WHEN bank_account.bank_code = EXCLUDED.bank_code AND bank_account.account_number = EXCLUDED.account_number THEN bank_account.rejected_at END,
           bank_code = EXCLUDED.bank_code, account_number = EXCLUDED.account_number, holder_name = EXCLUDED.holder_name,
           registered_at = EXCLUDED.registered_at, updated_at = now()
         RETURNING *`,
        [seller.classId, seller.shopId, checked.bankCode, checked.accountNumber, checked.bankHolderName, simNow],
      );
      await tx.record({
        type: 'wallet.bank_account_registered',
        classId: seller.classId,
        actorId: seller.participantId,
        payload: { shopId: seller.shopId, bankCode: checked.bankCode },
        rooms: [rooms.shop(seller.shopId), rooms.facilitators(seller.classId)],
        simTime: simNow,
      });
      return saved[0]!;
    });
    return this.bankView(row, true);
  }

  async myAccount(principal: Principal): Promise<BankAccountView> {
    const seller = sellerOf(principal);
    const row = await this.bankAccountRow(this.dataSource.manager, seller.shopId);
    if (!row) throw walletErrors.bankAccountNotFound();
    return this.bankView(row, true);
  }

  /**
   * Scenario hook ("rekening ditutup"): the BANK closes the shop's account. The seller is not told; her next payout
   * to it fails at its due time and the money (fee included) returns to her saldo.
   */
  async closeBankAccount(classId: string, shopId: string, actorId: string | null): Promise<CloseBankAccountView> {
    const simNow = await this.clock.now(classId);
    return this.uow.run(async (tx) => {
      // An UPDATE answers [rows, affected] through TypeORM's PostgreSQL driver.
      const [rows] = (await tx.manager.query(
        `UPDATE bank_account SET closed_at = COALESCE(closed_at, $3), updated_at = now() WHERE shop_id = $1 AND class_id = $2 RETURNING closed_at`,
        [shopId, classId, simNow],
      )) as [{ closed_at: Date }[], number];
      if (!rows[0]) throw walletErrors.bankAccountNotFound();
      await tx.record({
        type: 'wallet.bank_account_closed',
        classId,
        actorId,
        payload: { shopId },
        rooms: [rooms.facilitators(classId)],
        simTime: simNow,
      });
      return { shopId, closedAt: rows[0].closed_at.toISOString() };
    });
  }

  /** Which of these shops have a bank account the bank has not closed (a scenario's targets), in one statement. */
  async shopsWithOpenBankAccount(shopIds: string[]): Promise<Set<string>> {
    if (shopIds.length === 0) return new Set();
    const rows: { shop_id: string }[] = await this.dataSource.query(
      `SELECT shop_id FROM bank_account WHERE shop_id = ANY($1::uuid[]) AND closed_at IS NULL`,
      [[...new Set(shopIds)]],
    );
    return new Set(rows.map((row) => row.shop_id));
  }

  // --- Tarik Dana ---------------------------------------------------------------------------------------------

  /**
   * One withdrawal per Idempotency-Key. The shop's saldo account is locked first, so a double tap waits and then
   * finds the first withdrawal, and racing requests each see the saldo the previous one left: none overdraws.
   */
  async withdraw(principal: Principal, idempotencyKey: string | undefined, amount: number): Promise<WithdrawalView> {
    const seller = sellerOf(principal);
    const key = requiredIdempotencyKey(idempotencyKey);
    return this.uow.run(async (tx) => {
      const manager = tx.manager;
      const available = await this.ledger.lockAvailable(manager, seller.classId, seller.shopId);
      // Read after the lock, so racing withdrawals are stamped in the order they took the saldo.
      const simNow = await this.clock.now(seller.classId, manager);
      const existing: WithdrawalRow[] = await manager.query(`SELECT * FROM withdrawal WHERE shop_id = $1 AND idempotency_key = $2`, [seller.shopId, key]);
      if (existing[0]) {
        assertSameRequest(requestFingerprint({ amount: existing[0].amount }), requestFingerprint({ amount }));
        return this.withdrawalView(existing[0], true);
      }
      const settings = await this.settings.get(seller.classId, manager);
      const bank = await this.bankAccountRow(manager, seller.shopId);
      if (!bank) throw walletErrors.bankAccountNotFound();
      if (bank.rejected_at) throw walletErrors.bankAccountRejected();
      if (amount < settings.minWithdrawal) throw walletErrors.belowMinimum(settings.minWithdrawal);
      if (amount > available) throw walletErrors.insufficientBalance(available);
      const fee = settings.withdrawalFee;
      const due = new Date(simNow.getTime() + PAYOUT_DELAY_MS);
      const inserted: WithdrawalRow[] = await manager.query(
        `INSERT INTO withdrawal (class_id, shop_id, bank_account_id, bank_code, account_number, holder_name, amount, fee, status, idempotency_key, requested_at, due_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'processing', $9, $10, $11) RETURNING *`,
        [seller.classId, seller.shopId, bank.id, bank.bank_code, bank.account_number, bank.holder_name, amount, fee, key, simNow, due],
      );
      const withdrawal = inserted[0]!;
      await this.ledger.post(tx, {
        classId: seller.classId,
        kind: 'withdrawal_requested',
        sourceId: withdrawal.id,
        shopId: seller.shopId,
        simTime: simNow,
        memo: { fee },
        lines: withdrawalRequested({ shopId: seller.shopId, amount, fee }),
      });
      await this.scheduler.schedule(tx, {
        classId: seller.classId,
        kind: PAYOUT_TASK,
        payload: { withdrawalId: withdrawal.id },
        dueSim: due,
        dedupeKey: `${PAYOUT_TASK}:${withdrawal.id}`,
      });
      await tx.record({
        type: 'wallet.withdrawal_requested',
        classId: seller.classId,
        actorId: seller.participantId,
        payload: { shopId: seller.shopId, withdrawalId: withdrawal.id, amount, fee },
        rooms: [rooms.shop(seller.shopId), rooms.facilitators(seller.classId)],
        simTime: simNow,
      });
      return this.withdrawalView(withdrawal, false);
    });
  }

  async withdrawals(principal: Principal): Promise<WithdrawalView[]> {
    const seller = sellerOf(principal);
    return (await this.withdrawalRows(this.dataSource.manager, seller.shopId)).map((row) => this.withdrawalView(row, false));
  }

  /** `wallet.payout`, 1x24 jam later: the bank pays, or refuses a closed account and the money comes back. */
  private async settlePayout(tx: Transaction, withdrawalId: string, simNow: Date): Promise<void> {
    const rows: WithdrawalRow[] = await tx.manager.query(`SELECT * FROM withdrawal WHERE id = $1 FOR UPDATE`, [withdrawalId]);
    const withdrawal = rows[0];
    if (!withdrawal || withdrawal.status !== 'processing') return;
    const banks: BankAccountRow[] = await tx.manager.query(`SELECT * FROM bank_account WHERE id = $1`, [withdrawal.bank_account_id]);
    const bank = banks[0];
    const closed = !bank || (bank.closed_at !== null && bank.bank_code === withdrawal.bank_code && bank.account_number === withdrawal.account_number);
    const money = { shopId: withdrawal.shop_id, amount: withdrawal.amount, fee: withdrawal.fee };
    const status = closed ? 'failed' : 'success';
    await tx.manager.query(`UPDATE withdrawal SET status = $2, failure_code = $3, finished_at = $4 WHERE id = $1`, [
      withdrawalId,
      status,
      closed ? 'ACCOUNT_CLOSED' : null,
      simNow,
    ]);
    if (closed && bank) await tx.manager.query(`UPDATE bank_account SET rejected_at = $2, updated_at = now() WHERE id = $1`, [bank.id, simNow]);
    await this.ledger.post(tx, {
      classId: withdrawal.class_id,
      kind: closed ? 'withdrawal_failed' : 'withdrawal_succeeded',
      sourceId: withdrawalId,
      shopId: withdrawal.shop_id,
      simTime: simNow,
      memo: { fee: withdrawal.fee },
      lines: closed ? withdrawalFailed(money) : withdrawalSucceeded(money),
    });
    await tx.record({
      type: closed ? 'wallet.withdrawal_failed' : 'wallet.withdrawal_succeeded',
      classId: withdrawal.class_id,
      payload: { shopId: withdrawal.shop_id, withdrawalId, amount: withdrawal.amount, fee: withdrawal.fee, ...(closed ? { failureCode: 'ACCOUNT_CLOSED' } : {}) },
      rooms: [rooms.shop(withdrawal.shop_id), rooms.facilitators(withdrawal.class_id)],
      simTime: simNow,
    });
  }

  // --- Rows and views -----------------------------------------------------------------------------------------

  private async bankAccountRow(manager: EntityManager, shopId: string): Promise<BankAccountRow | null> {
    const rows: BankAccountRow[] = await manager.query(`SELECT * FROM bank_account WHERE shop_id = $1`, [shopId]);
    return rows[0] ?? null;
  }

  private withdrawalRows(manager: EntityManager, shopId: string): Promise<WithdrawalRow[]> {
    return manager.query(`SELECT * FROM withdrawal WHERE shop_id = $1 ORDER BY requested_at DESC, created_at DESC LIMIT 20`, [shopId]);
  }

  private bankView(row: BankAccountRow, owner: boolean): BankAccountView {
    return {
      bankCode: row.bank_code,
      bankName: findBank(row.bank_code)?.name ?? row.bank_code.toUpperCase(),
      accountNumber: owner ? row.account_number : null,
      maskedNumber: maskAccountNumber(row.account_number),
      holderName: row.holder_name,
      registeredAt: row.registered_at.toISOString(),
      rejected: row.rejected_at !== null,
    };
  }

  private withdrawalView(row: WithdrawalRow, replayed: boolean): WithdrawalView {
    return {
      id: row.id,
      amount: row.amount,
      fee: row.fee,
      net: row.amount - row.fee,
      status: row.status,
      failureCode: row.failure_code,
      bankName: findBank(row.bank_code)?.name ?? row.bank_code.toUpperCase(),
      maskedNumber: maskAccountNumber(row.account_number),
      requestedAt: row.requested_at.toISOString(),
      dueAt: row.due_at.toISOString(),
      finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
      replayed,
    };
  }
}
