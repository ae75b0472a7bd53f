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
];

export const DB_NAME = 'ura';
export const LATEST_DB_VERSION = DB_VERSIONS[DB_VERSIONS.length - 1]?.version ?? 1;
