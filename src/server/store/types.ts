import type { Centre } from '../../shared/schemas/centre';
import type { EService } from '../../shared/schemas/eService';
import type { MutationResult, PullRequest, PullResponse, PushRequest } from '../../shared/sync/protocol';
import type { AdminStore, AuditInput, AuditStore, CodesStore, FailuresStore, SessionsStore, UsersStore } from './authTypes';
import type { DeviceKeysStore } from './deviceKeys';
import type { PullPageJson } from './pullChanges';
import type { TableName } from './schema';
import type { Role } from '../../shared/auth/roles';
import type { ReportStore } from '../reports/types';

/**
 * The server's storage contract, implemented once with Kysely for SQLite and PostgreSQL
 * (kyselyStore.ts); store.contract.test.ts runs the same suite against both.
 */
export type Store = {
  readonly dialect: 'sqlite' | 'postgres';
  readonly users: UsersStore;
  readonly sessions: SessionsStore;
  readonly codes: CodesStore;
  readonly failures: FailuresStore;
  readonly audit: AuditStore;
  readonly admin: AdminStore;
  /** Devices' escrowed data keys (issue 6, at rest); read by online sign-in only. */
  readonly deviceKeys: DeviceKeysStore;
  /** Report aggregation and week locks (reports/store/). */
  readonly reports: ReportStore;
  /** Number of the latest migration applied. */
  readonly schemaVersion: number;
  /** Changes only when the database is restored from a backup (rotateEpoch). */
  serverEpoch(): string;
  /** Resolves when the database answers. */
  ping(): Promise<void>;
  /** Marks a restore from backup: devices drop their cursors and re-push what they authored. */
  rotateEpoch(): Promise<string>;

  listCentres(): Promise<Centre[]>;
  getCentre(id: string): Promise<Centre | undefined>;
  /** Enrols a device; creates `newCentre` in the same transaction when given. */
  addDevice(device: NewDevice, newCentre?: Centre): Promise<void>;
  findDeviceByTokenHash(tokenHash: string): Promise<DeviceRecord | undefined>;
  revokeDevice(deviceId: string, at: Date): Promise<void>;

  /** Applies a whole batch in one transaction, in order; a thrown error means nothing was applied. */
  push(device: DeviceRecord, request: PushRequest, now: Date, options?: PushOptions): Promise<MutationResult[]>;
  pull(device: DeviceRecord, request: PullRequest): Promise<Omit<PullResponse, 'serverTime' | 'serverEpoch'>>;
  /** The same page with its changes as JSON text (the stored records spliced in, not parsed): what the pull route sends. */
  pullJson(device: DeviceRecord, request: PullRequest): Promise<PullPageJson>;

  /** Adds catalogue entries whose code is not there yet; returns how many were added. */
  seedCatalogue(services: readonly EService[]): Promise<number>;
  /** Row counts, for diagnostics and for tests proving a rejected request changed nothing. */
  countRows(): Promise<Record<TableName, number>>;
  /** The overwritten values of a session's conflicts, oldest first. */
  sessionHistory(sessionId: string): Promise<HistoryEntry[]>;
  close(): Promise<void>;
};

/**
 * requireActor: every mutation must name a person signed in on the device (sync/actorRules.ts).
 * markSeen: the device itself is pushing: record it as seen (`now`) in the same transaction.
 */
export type PushOptions = { requireActor: boolean; ip?: string; markSeen?: boolean };

export type DeviceRecord = {
  id: string;
  centreId: string;
  label: string;
  enrolledAt: string;
  revokedAt: string | null;
  /** 'open': legacy open registration; 'code': enrolled with a coordinator's code (actor checks apply). */
  enrolment: 'open' | 'code';
};

export type NewDevice = Omit<DeviceRecord, 'revokedAt'> & { tokenHash: string };

/** A person as the push rules see them: who they are and whether they signed in online on the device. */
export type Actor = {
  id: string;
  role: Role;
  centreIds: string[];
  disabledAt: string | null;
  hasSignedInOnDevice: boolean;
};

/** Per field: the version that last changed it and the device that did. */
export type FieldVersions = Record<string, { v: number; by: string }>;

export type SessionRow = {
  id: string;
  centreId: string;
  data: Record<string, unknown>;
  fieldVersions: FieldVersions;
  version: number;
  changeSeq: number;
  authorDeviceId: string;
  updatedByDeviceId: string;
  receivedAt: string;
  updatedAt: string;
  deletedAt: string | null;
  deletedBy: string | null;
  needsReview: boolean;
};

export type HistoryEntry = {
  sessionId: string;
  field: string;
  oldValue: unknown;
  oldVersion: number;
  oldByDeviceId: string;
  newVersion: number;
  newByDeviceId: string;
  mutationId: string;
  recordedAt: string;
};

export type LedgerEntry = {
  mutationId: string;
  deviceId: string;
  batchId: string;
  requestHash: string;
  result: MutationResult;
  appliedAt: string;
};

/** A ledger entry as a push finds it: with the centre of the device that sent it (null: device gone). */
export type FoundLedgerEntry = LedgerEntry & { centreId: string | null };

/** Everything one push writes, in bulk at the end of its transaction (sync/batchState.ts collects it). */
export type BatchWrites = {
  /** New and changed sessions, each in its final state (one row per session). */
  sessions: readonly SessionRow[];
  /** Which of `sessions` already existed before the batch. */
  existingIds: ReadonlySet<string>;
  ledger: readonly LedgerEntry[];
  history: readonly HistoryEntry[];
  /** The last change_seq handed out, per scope whose counter moved. */
  lastSeqs: ReadonlyMap<string, number>;
};

/**
 * What the push rules (sync/applyPush.ts) may do inside the push transaction: read what the batch
 * needs in a few bulk queries up front, decide in memory, write it all in bulk before commit.
 */
export type SyncTx = {
  /** The ledger entries of these mutationIds that exist. */
  findLedger(mutationIds: readonly string[]): Promise<Map<string, FoundLedgerEntry>>;
  /** The session rows of these ids that exist. */
  getSessions(ids: readonly string[]): Promise<Map<string, SessionRow>>;
  /** The last change_seq given out in a scope (0 for none); the caller holds the scope's lock. */
  lastChangeSeq(scope: string): Promise<number>;
  /** Writes the batch's sessions, ledger and history rows and moves the scope counters. */
  write(writes: BatchWrites): Promise<void>;
  findActor(userId: string, deviceId: string): Promise<Actor | undefined>;
  /** An audit entry written in the push transaction, so it exists exactly when the change does. */
  addAudit(entry: AuditInput): Promise<void>;
};
