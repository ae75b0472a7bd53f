import { Dexie, type EntityTable, type Table } from 'dexie';
import type { DayCounts } from './dayCounts';
import { dayCountsMiddleware } from './dayCountsMiddleware';
import { DB_NAME, DB_VERSIONS, type DbVersion } from './schema';
import { sealMiddleware } from './sealing/sealMiddleware';
import { committedMiddleware } from './committed';
import { durabilityMiddleware } from './durability';
import type {
  Centre,
  DeadLetter,
  EService,
  HeldChange,
  LocalSession,
  MetaRow,
  OutboxRow,
  SentLogEntry,
  SweepCandidate,
} from './tables';

export class AppDb extends Dexie {
  sessions!: EntityTable<LocalSession, 'id'>;
  outbox!: EntityTable<OutboxRow, 'deviceSeq'>;
  deadLetters!: EntityTable<DeadLetter, 'mutationId'>;
  catalogue!: EntityTable<EService, 'code'>;
  centres!: EntityTable<Centre, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  heldChanges!: EntityTable<HeldChange, 'id'>;
  sentLog!: EntityTable<SentLogEntry, 'deviceSeq'>;
  sweepCandidates!: Table<SweepCandidate, [string, string]>;
  dayCounts!: Table<DayCounts, [string, string]>;

  constructor(name: string = DB_NAME, versions: readonly DbVersion[] = DB_VERSIONS) {
    // Chrome commits 'relaxed' by default since 121; "Saved" must mean on disk. No query cache: live
    // queries run again after a commit anyway, and its copy of every written row costs each save time.
    super(name, { chromeTransactionDurability: 'strict', cache: 'disabled' });
    // Target groups are sealed at rest with the data key held while someone is signed in (sealing/).
    this.use(sealMiddleware);
    // The report's per-day counts follow every session write, in its transaction (dayCountsMiddleware.ts).
    this.use(dayCountsMiddleware);
    // Re-doable work (sync bookkeeping, form drafts) may commit relaxed (durability.ts); everything else stays strict.
    this.use(durabilityMiddleware);
    // A save resolves from IndexedDB's own `complete`, ahead of Dexie's handling of it (committed.ts).
    this.use(committedMiddleware);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

let current: AppDb | undefined;

/** The device database, opened lazily. Tests swap it with useDb(). */
export function getDb(): AppDb {
  current ??= new AppDb();
  return current;
}

export function useDb(db: AppDb): void {
  current = db;
}
