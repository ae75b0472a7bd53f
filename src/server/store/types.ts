import type { Centre } from '../../shared/schemas/centre';
import type { EService } from '../../shared/schemas/eService';
import type { MutationResult, PullRequest, PullResponse, PushRequest } from '../../shared/sync/protocol';
import type { AdminStore, AuditInput, AuditStore, CodesStore, FailuresStore, SessionsStore, UsersStore } from './authTypes';
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

  /** Adds catalogue entries whose code is not there yet; returns how many were added. */
  seedCatalogue(services: readonly EService[]): Promise<number>;
  /** Row counts, for diagnostics and for tests proving a rejected request changed nothing. */
  countRows(): Promise<Record<TableName, number>>;
  /** The overwritten values of a session's conflicts, oldest first. */
  sessionHistory(sessionId: string): Promise<HistoryEntry[]>;
  close(): Promise<void>;
};

/** requireActor: every mutation must name a person signed in on the device (sync/actorRules.ts). */
export type PushOptions = { requireActor: boolean; ip?: string };

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

/** What the push rules (sync/applyPush.ts) may do inside the push transaction. */
export type SyncTx = {
  findLedger(mutationId: string): Promise<LedgerEntry | undefined>;
  addLedger(entry: LedgerEntry): Promise<void>;
  getSession(id: string): Promise<SessionRow | undefined>;
  insertSession(row: SessionRow): Promise<void>;
  updateSession(row: SessionRow): Promise<void>;
  addHistory(entries: readonly HistoryEntry[]): Promise<void>;
  /** The next change_seq of a scope; gap-free, assigned inside the transaction. */
  nextChangeSeq(scope: string): Promise<number>;
  findActor(userId: string, deviceId: string): Promise<Actor | undefined>;
  /** An audit entry written in the push transaction, so it exists exactly when the change does. */
  addAudit(entry: AuditInput): Promise<void>;
};
