import type { Mutation } from '../../shared/sync/protocol';
import type { FoundLedgerEntry, HistoryEntry, LedgerEntry, SessionRow, SyncTx } from '../store/types';

/**
 * One push batch held in memory: the ledger entries and session rows it touches, read in one query
 * each before the first mutation, the changes the mutations make, in order, and the scope counter.
 * Nothing reaches the database until `flush`, which writes it all in bulk inside the same transaction,
 * so the batch still commits as one or not at all (DESIGN.md §5).
 */
export class BatchState {
  private readonly written = new Map<string, SessionRow>();
  private readonly history: HistoryEntry[] = [];
  private readonly ledger: LedgerEntry[] = [];
  private readonly lastSeqs = new Map<string, number>();

  private constructor(
    private readonly tx: SyncTx,
    private readonly seen: Map<string, FoundLedgerEntry>,
    private readonly sessions: Map<string, SessionRow>,
    private readonly existingIds: ReadonlySet<string>,
    private readonly seqs: Map<string, number>,
  ) {}

  /** Reads what the batch needs; `scope` is the one scope its writes may land in (its lock is held). */
  static async load(tx: SyncTx, mutations: readonly Mutation[], scope: string): Promise<BatchState> {
    const seen = await tx.findLedger(mutations.map((m) => m.mutationId));
    const sessions = await tx.getSessions(mutations.map((m) => m.recordId));
    const seqs = new Map([[scope, await tx.lastChangeSeq(scope)]]);
    return new BatchState(tx, seen, sessions, new Set(sessions.keys()), seqs);
  }

  /** The ledger entry of a mutationId: stored before the batch, or added earlier in it. */
  findLedger(mutationId: string): FoundLedgerEntry | undefined {
    return this.seen.get(mutationId);
  }

  addLedger(entry: LedgerEntry, centreId: string): void {
    this.ledger.push(entry);
    this.seen.set(entry.mutationId, { ...entry, centreId });
  }

  /** The session as the batch sees it so far (its own earlier changes included). */
  getSession(id: string): SessionRow | undefined {
    return this.sessions.get(id);
  }

  insertSession(row: SessionRow): void {
    this.putSession(row);
  }

  updateSession(row: SessionRow): void {
    this.putSession(row);
  }

  addHistory(entries: readonly HistoryEntry[]): void {
    this.history.push(...entries);
  }

  /** The next change_seq of the batch's scope: gap-free, since a rollback drops the whole batch. */
  nextChangeSeq(scope: string): number {
    const last = this.seqs.get(scope);
    if (last === undefined) throw new Error(`A push writes only to its device's scope, not ${scope}`);
    this.seqs.set(scope, last + 1);
    this.lastSeqs.set(scope, last + 1);
    return last + 1;
  }

  /** Every write of the batch, in bulk, before the transaction commits. */
  async flush(): Promise<void> {
    if (this.ledger.length === 0) return;
    await this.tx.write({
      sessions: [...this.written.values()],
      existingIds: this.existingIds,
      ledger: this.ledger,
      history: this.history,
      lastSeqs: this.lastSeqs,
    });
  }

  private putSession(row: SessionRow): void {
    this.sessions.set(row.id, row);
    this.written.set(row.id, row);
  }
}
