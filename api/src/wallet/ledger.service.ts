// The ledger in PostgreSQL: the one posting function, balances derived from lines, and the ledger check.
// The money design is written down in ledger-postings.ts.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Transaction } from '../common/events/unit-of-work.js';
import { OrderReadModel } from '../orders/order-read-model.js';
import type { OrderState } from '../orders/order-state.js';
import { PaymentsService, type StrandedPayment } from '../payments/payments.service.js';
import {
  type AccountRef,
  CLASS_ACCOUNT_KINDS,
  type EntryKind,
  expectedEscrow,
  expectedOrderEntries,
  type OrderLedgerFacts,
  type PostingLine,
  postingProblems,
  SHOP_ACCOUNT_KINDS,
} from './ledger-postings.js';
import { walletErrors } from './wallet.errors.js';

export interface EntryInput {
  classId: string;
  kind: EntryKind;
  /** The order, withdrawal or promotion id: (kind, sourceId) posts at most once. */
  sourceId: string;
  shopId?: string | null;
  orderId?: string | null;
  simTime: Date;
  memo?: Record<string, unknown>;
  lines: PostingLine[];
}

export interface LedgerCheck {
  ok: boolean;
  totalSum: number;
  entryCount: number;
  unbalancedEntries: { entryId: string; sum: number }[];
  negativeBalances: { shopId: string; account: string; balance: number }[];
  orderMismatches: { orderId: string; invoiceNumber: string; state: OrderState; expectedEntries: string[]; entries: string[]; expectedEscrow: number; escrow: number }[];
  withdrawalMismatches: { withdrawalId: string; status: string; entries: string[] }[];
  /** Reconciliation with the gateway: closed payments it holds as settled that we never posted. */
  strandedPayments: StrandedPayment[];
  gatewayUnreachable: number;
}

const accountKey = (kind: string, shopId: string | null) => (shopId ? `${kind}:${shopId}` : kind);
/** 100 classes of 30 shops hold about 6,500; past this the memory is dropped and refilled. */
const MAX_KNOWN_ACCOUNTS = 50_000;

@Injectable()
export class LedgerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly payments: PaymentsService,
    private readonly orders: OrderReadModel,
  ) {}

  /**
   * Account ids this node has seen committed, by `classId|kind|shopId`. An account is never re-created under another
   * id: rows go only with their class or shop (cascade; a class reset keeps them), and a new shop or class has a new
   * id. So a cached id is either still the account, or belongs to a shop or class that posts nothing any more.
   */
  private readonly knownAccounts = new Map<string, string>();

  /**
   * The ids of the class's accounts and these shops' accounts, creating any that do not exist yet: no statement when
   * this node has seen them all committed before, else 2. With `tx`, what was read is remembered once it commits
   * (never before: accounts created by a transaction that rolls back must not be remembered).
   */
  async accounts(manager: EntityManager, classId: string, shopIds: string[], tx?: Transaction): Promise<Map<string, string>> {
    const kinds: string[] = [...CLASS_ACCOUNT_KINDS];
    const shops: (string | null)[] = kinds.map(() => null);
    for (const shopId of shopIds) {
      for (const kind of SHOP_ACCOUNT_KINDS) {
        kinds.push(kind);
        shops.push(shopId);
      }
    }
    const cached = new Map<string, string>();
    for (let i = 0; i < kinds.length; i++) {
      const id = this.knownAccounts.get(`${classId}|${accountKey(kinds[i]!, shops[i]!)}`);
      if (id) cached.set(accountKey(kinds[i]!, shops[i]!), id);
    }
    if (cached.size === kinds.length) return cached;
    await manager.query(
      `INSERT INTO ledger_account (class_id, kind, shop_id)
       SELECT $1, k, s FROM unnest($2::varchar[], $3::uuid[]) AS t(k, s)
       ON CONFLICT DO NOTHING`,
      [classId, kinds, shops],
    );
    const rows: { id: string; kind: string; shop_id: string | null }[] = await manager.query(
      `SELECT id, kind, shop_id FROM ledger_account WHERE class_id = $1 AND (shop_id IS NULL OR shop_id = ANY($2::uuid[]))`,
      [classId, shopIds],
    );
    const ids = new Map(rows.map((row) => [accountKey(row.kind, row.shop_id), row.id]));
    tx?.afterCommit(() => {
      if (this.knownAccounts.size > MAX_KNOWN_ACCOUNTS) this.knownAccounts.clear();
      for (const [key, id] of ids) this.knownAccounts.set(`${classId}|${key}`, id);
    });
    return ids;
  }

  /**
   * THE posting function: refuses an unbalanced entry, writes the entry (or nothing when (kind, source) was posted
   * before: returns false) and its lines, in the caller's transaction. The deferred trigger re-checks at commit.
   */
  async post(tx: Transaction, entry: EntryInput): Promise<boolean> {
    const problems = postingProblems(entry.lines);
    if (problems.length > 0) throw walletErrors.unbalancedPosting(problems);
    const manager = tx.manager;
    const shopIds = [...new Set(entry.lines.flatMap((line) => ('shopId' in line.account ? [line.account.shopId] : [])))];
    const ids = await this.accounts(manager, entry.classId, shopIds, tx);
    const accountIds = entry.lines.map((line) => ids.get(this.key(line.account))!);
    // The entry and its lines in one statement: no lines when the entry was there already.
    const inserted: { id: string }[] = await manager.query(
      `WITH entry AS (
         INSERT INTO journal_entry (class_id, kind, source_id, shop_id, order_id, memo, sim_time)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT ON CONSTRAINT journal_entry_source_key DO NOTHING RETURNING id),
       lines AS (
         INSERT INTO journal_line (entry_id, account_id, amount)
         SELECT entry.id, a, m FROM entry, unnest($8::uuid[], $9::bigint[]) AS t(a, m))
       SELECT id FROM entry`,
      [entry.classId, entry.kind, entry.sourceId, entry.shopId ?? null, entry.orderId ?? null, entry.memo ?? {}, entry.simTime, accountIds, entry.lines.map((line) => line.amount)],
    );
    return inserted.length > 0;
  }

  /**
   * Locks the shop's saldo account (FOR NO KEY UPDATE: withdrawals and promotions of one shop queue here, while
   * order postings that only reference the row go on) and returns the saldo derived from the ledger.
   */
  async lockAvailable(manager: EntityManager, classId: string, shopId: string): Promise<number> {
    const ids = await this.accounts(manager, classId, [shopId]);
    const id = ids.get(accountKey('available', shopId))!;
    await manager.query(`SELECT id FROM ledger_account WHERE id = $1 FOR NO KEY UPDATE`, [id]);
    const rows: { balance: string }[] = await manager.query(`SELECT COALESCE(SUM(amount), 0) AS balance FROM journal_line WHERE account_id = $1`, [id]);
    return Number(rows[0]!.balance);
  }

  async shopBalances(shopId: string, manager: EntityManager = this.dataSource.manager): Promise<{ held: number; available: number }> {
    const rows: { kind: string; balance: string }[] = await manager.query(
      `SELECT a.kind, COALESCE(SUM(l.amount), 0) AS balance
         FROM ledger_account a LEFT JOIN journal_line l ON l.account_id = a.id
        WHERE a.shop_id = $1 GROUP BY a.kind`,
      [shopId],
    );
    const of = (kind: string) => Number(rows.find((row) => row.kind === kind)?.balance ?? 0);
    return { held: of('escrow'), available: of('available') };
  }

  async orderFacts(manager: EntityManager, orderId: string): Promise<OrderLedgerFacts> {
    const rows: { kind: EntryKind }[] = await manager.query(`SELECT kind FROM journal_entry WHERE order_id = $1`, [orderId]);
    const kinds = new Set(rows.map((row) => row.kind));
    return {
      settled: kinds.has('payment_settled') || kinds.has('cod_collected'),
      refunded: kinds.has('refund'),
      released: kinds.has('order_released'),
    };
  }

  /**
   * Proves the class's books: every line sums to zero, each entry balances, no shop account is negative, each
   * order's entries and escrow are what its state says, each withdrawal's entries match its status, and every closed
   * gateway payment we never saw settled is asked about at the gateway (a settled one is stranded money).
   */
  async check(classId: string): Promise<LedgerCheck> {
    const manager = this.dataSource.manager;
    const [totals, unbalanced, negative, orders, settled, booked, withdrawals, gateway] = await Promise.all([
      manager.query(
        `SELECT COALESCE(SUM(l.amount), 0) AS total, (SELECT count(*) FROM journal_entry WHERE class_id = $1) AS entries
           FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id WHERE e.class_id = $1`,
        [classId],
      ) as Promise<{ total: string; entries: string }[]>,
      manager.query(
        `SELECT e.id, COALESCE(SUM(l.amount), 0) AS sum FROM journal_entry e LEFT JOIN journal_line l ON l.entry_id = e.id
          WHERE e.class_id = $1 GROUP BY e.id HAVING COALESCE(SUM(l.amount), 0) <> 0 OR count(l.id) = 0`,
        [classId],
      ) as Promise<{ id: string; sum: string }[]>,
      manager.query(
        `SELECT a.shop_id, a.kind, SUM(l.amount) AS balance FROM ledger_account a JOIN journal_line l ON l.account_id = a.id
          WHERE a.class_id = $1 AND a.shop_id IS NOT NULL GROUP BY a.id HAVING SUM(l.amount) < 0`,
        [classId],
      ) as Promise<{ shop_id: string; kind: string; balance: string }[]>,
      this.orders.booksOfClass(manager, classId),
      this.payments.settledOrderIds(classId),
      manager.query(
        `SELECT e.order_id, array_agg(e.kind ORDER BY e.kind) AS kinds,
                COALESCE((SELECT SUM(l.amount) FROM journal_entry x JOIN journal_line l ON l.entry_id = x.id
                            JOIN ledger_account a ON a.id = l.account_id
                           WHERE x.order_id = e.order_id AND a.kind = 'escrow'), 0) AS escrow
           FROM journal_entry e WHERE e.class_id = $1 AND e.order_id IS NOT NULL GROUP BY e.order_id`,
        [classId],
      ) as Promise<{ order_id: string; kinds: string[]; escrow: string }[]>,
      manager.query(
        `SELECT w.id, w.status, COALESCE((SELECT array_agg(e.kind ORDER BY e.kind) FROM journal_entry e WHERE e.source_id = w.id::text
                  AND e.kind IN ('withdrawal_requested', 'withdrawal_succeeded', 'withdrawal_failed')), '{}') AS kinds
           FROM withdrawal w WHERE w.class_id = $1`,
        [classId],
      ) as Promise<{ id: string; status: string; kinds: string[] }[]>,
      this.payments.strandedAtGateway(classId),
    ]);
    const bookedFor = new Map(booked.map((row) => [row.order_id, row]));
    const orderMismatches: LedgerCheck['orderMismatches'] = [];
    for (const order of orders) {
      const paid = order.paid_at !== null || settled.has(order.id);
      const expected = [...expectedOrderEntries(order.state, order.cod, paid)].sort();
      const escrowWanted = expectedEscrow(order.state, order.cod, order.subtotal);
      const kinds = [...(bookedFor.get(order.id)?.kinds ?? [])].sort();
      const escrow = Number(bookedFor.get(order.id)?.escrow ?? 0);
      if (expected.join() !== kinds.join() || escrowWanted !== escrow) {
        orderMismatches.push({
          orderId: order.id,
          invoiceNumber: order.invoice_number,
          state: order.state,
          expectedEntries: expected,
          entries: kinds,
          expectedEscrow: escrowWanted,
          escrow,
        });
      }
    }
    const wantedFor: Record<string, string> = {
      processing: 'withdrawal_requested',
      success: 'withdrawal_requested,withdrawal_succeeded',
      failed: 'withdrawal_failed,withdrawal_requested',
    };
    const withdrawalMismatches = withdrawals
      .filter((w) => [...w.kinds].sort().join() !== wantedFor[w.status])
      .map((w) => ({ withdrawalId: w.id, status: w.status, entries: w.kinds }));
    const result: LedgerCheck = {
      ok: false,
      totalSum: Number(totals[0]?.total ?? 0),
      entryCount: Number(totals[0]?.entries ?? 0),
      unbalancedEntries: unbalanced.map((row) => ({ entryId: String(row.id), sum: Number(row.sum) })),
      negativeBalances: negative.map((row) => ({ shopId: row.shop_id, account: row.kind, balance: Number(row.balance) })),
      orderMismatches,
      withdrawalMismatches,
      strandedPayments: gateway.stranded,
      gatewayUnreachable: gateway.unreachable,
    };
    result.ok =
      result.totalSum === 0 &&
      result.unbalancedEntries.length === 0 &&
      result.negativeBalances.length === 0 &&
      orderMismatches.length === 0 &&
      withdrawalMismatches.length === 0 &&
      gateway.stranded.length === 0 &&
      gateway.unreachable === 0;
    return result;
  }

  private key(ref: AccountRef): string {
    return accountKey(ref.kind, 'shopId' in ref ? ref.shopId : null);
  }
}
