import type { Centre } from '../../shared/schemas/centre';
import type { EService } from '../../shared/schemas/eService';
import type { Session } from '../../shared/schemas/session';
import type { Mutation } from '../../shared/sync/protocol';

// Table names are stored on every device: renaming one orphans user data. Add, never rename.
export const TABLES = {
  sessions: 'sessions',
  outbox: 'outbox',
  deadLetters: 'deadLetters',
  catalogue: 'catalogue',
  centres: 'centres',
  meta: 'meta',
} as const;

/** A session as the device holds it: the shared record plus local bookkeeping. */
export type LocalSession = Session & {
  /** YYYY-MM-DD of occurredAt, in the time the volunteer saw: the index for "today". */
  day: string;
  /** Device time of the last local change, for ordering lists. */
  updatedAt: number;
  /** Server version this copy is based on; 0 until the server has acknowledged it. */
  version: number;
  deletedAt?: string;
  needsReview?: boolean;
};

/** One queued change. The auto-incremented key is the device sequence: FIFO order. */
export type OutboxRow = Omit<Mutation, 'deviceSeq'> & { deviceSeq?: number; createdAt: number };

/** A change the server refused for good, kept visible until someone dismisses it. */
export type DeadLetter = OutboxRow & { code: string; message: string; rejectedAt: number };

export type MetaRow = { key: string; value: unknown };

export type { Centre, EService };
