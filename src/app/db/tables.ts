import type { Centre } from '../../shared/schemas/centre';
import type { EService } from '../../shared/schemas/eService';
import type { Session } from '../../shared/schemas/session';
import type { Change, Mutation } from '../../shared/sync/protocol';

// Table names are stored on every device: renaming one orphans user data. Add, never rename.
export const TABLES = {
  sessions: 'sessions',
  outbox: 'outbox',
  deadLetters: 'deadLetters',
  catalogue: 'catalogue',
  centres: 'centres',
  meta: 'meta',
  heldChanges: 'heldChanges',
  sentLog: 'sentLog',
  sweepCandidates: 'sweepCandidates',
  dayCounts: 'dayCounts',
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

/**
 * One queued change. The auto-incremented key is the device sequence: FIFO order. Which rows have
 * left the device is kept apart (outboxStamps.ts); `batchId` and `sentAt` are only on rows stamped by
 * versions before that, and are honoured the same way.
 */
export type OutboxRow = Omit<Mutation, 'deviceSeq'> & { deviceSeq?: number; createdAt: number; batchId?: string; sentAt?: number };

/** A change the server refused for good, kept visible until someone dismisses it. */
export type DeadLetter = OutboxRow & { code: string; message: string; rejectedAt: number };

export type MetaRow = { key: string; value: unknown };

/**
 * Why a record waits for its outbox to drain: the newest server row that arrived meanwhile, and/or
 * what a rejection says about the server's copy ('gone': deleted or never there; 'stale': unknown).
 */
export type HeldChange = { id: string; scope: string; change?: Change; rejected?: 'gone' | 'stale' };

/** An acknowledged mutation, kept for a while so it can be re-pushed after a server restore. */
export type SentMutation = OutboxRow & { deviceSeq: number; ackedAt: number; epoch: string };

/**
 * Acknowledged mutations stored together, keyed by the first one's deviceSeq: one write for a run of
 * them instead of one each (sentLog.ts). Entries written by earlier versions are single SentMutations.
 */
export type SentChunk = { deviceSeq: number; ackedAt: number; epoch: string; mutations: SentMutation[] };
export type SentLogEntry = SentMutation | SentChunk;

/** A local row not yet seen in a pull that started from zero: deleted when the pull completes. */
export type SweepCandidate = { scope: string; id: string };

export type { Centre, EService };
