import type { Transaction } from 'dexie';
import { TABLES } from './tables';

export type DbVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

/**
 * Every schema the device database has had, oldest first. Never edit a shipped entry: add a new one
 * with an upgrade() and extend db/upgrade.test.ts with rows written by the previous version.
 * Sensitive fields (groups) are never indexed.
 */
export const DB_VERSIONS: readonly DbVersion[] = [
  {
    version: 1,
    stores: {
      [TABLES.sessions]: 'id, day, [centreId+day], updatedAt',
      [TABLES.outbox]: '++deviceSeq, &mutationId, recordId',
      [TABLES.deadLetters]: 'mutationId, recordId, rejectedAt',
      [TABLES.catalogue]: 'code, country',
      [TABLES.centres]: 'id, country',
      [TABLES.meta]: 'key',
    },
  },
  {
    // The sync engine's own tables; later versions list only what they add or change.
    version: 2,
    stores: {
      [TABLES.heldChanges]: 'id, scope',
      [TABLES.sentLog]: 'deviceSeq, ackedAt',
      [TABLES.sweepCandidates]: '[scope+id], scope',
    },
    // Three new, empty tables: no v1 row changes shape. Kept explicit so the checklist stays uniform.
    upgrade: () => Promise.resolve(),
  },
  {
    // One row of report counts per (centre, local day), kept by db/dayCountsMiddleware.ts. Nothing is
    // counted here: the data key that opens sealed groups is not held during an upgrade. A missing row
    // means "not counted yet"; the first report that needs it rebuilds it from the sessions (dayCountsStore).
    version: 3,
    stores: { [TABLES.dayCounts]: '[centreId+day]' },
    upgrade: () => Promise.resolve(),
  },
  {
    // The `day` index goes: only the local window's purge read it, and it reads [centreId+day] now. One
    // index less for every session written (a fresh tablet's pull writes thousands). No row changes.
    version: 4,
    stores: { [TABLES.sessions]: 'id, [centreId+day], updatedAt' },
    upgrade: () => Promise.resolve(),
  },
];

export const DB_NAME = 'ura';
export const LATEST_DB_VERSION = DB_VERSIONS[DB_VERSIONS.length - 1]?.version ?? 1;
