import type { AuditEntry, AuditQuery, OrganisationView } from '../../shared/auth/api';
import type { Role } from '../../shared/auth/roles';
import type { Centre } from '../../shared/schemas/centre';
import type { EService } from '../../shared/schemas/eService';
import type { DeviceRecord } from './types';

/** The storage of people, sign-in sessions, codes, failures, audit and administration (issue 4). */

export type UserRecord = {
  id: string;
  displayName: string;
  login: string;
  passwordHash: string;
  role: Role;
  centreIds: string[];
  disabledAt: string | null;
  pinResetAt: string | null;
  createdAt: string;
};
export type UserChanges = Partial<Pick<UserRecord, 'displayName' | 'role' | 'centreIds' | 'disabledAt' | 'pinResetAt' | 'passwordHash'>>;

export type UsersStore = {
  countAdmins(options?: { activeOnly?: boolean }): Promise<number>;
  /** Adds a person (invites and setup go through CodesStore.consume instead). */
  create(user: Omit<UserRecord, 'disabledAt' | 'pinResetAt'>): Promise<void>;
  findByLogin(login: string): Promise<UserRecord | undefined>;
  get(id: string): Promise<UserRecord | undefined>;
  /** All people, or those with at least one of `centreIds`. */
  list(centreIds?: readonly string[]): Promise<UserRecord[]>;
  update(id: string, changes: UserChanges): Promise<void>;
  /** Records that a person signed in online on a device (device_users). */
  recordDeviceSignIn(deviceId: string, userId: string, at: string): Promise<void>;
};

export type NewUserSession = {
  id: string;
  userId: string;
  deviceId: string | null;
  accessHash: string;
  accessExpiresAt: string;
  refreshHash: string;
  refreshExpiresAt: string;
  createdAt: string;
};
export type UserSessionRecord = Omit<NewUserSession, 'accessHash' | 'refreshHash'> & { revokedAt: string | null; lastUsedAt: string | null };
export type TokenPair = Pick<NewUserSession, 'accessHash' | 'accessExpiresAt' | 'refreshHash' | 'refreshExpiresAt'>;

export type SessionsStore = {
  create(session: NewUserSession): Promise<void>;
  findByAccessHash(hash: string): Promise<UserSessionRecord | undefined>;
  findByRefreshHash(hash: string): Promise<UserSessionRecord | undefined>;
  /** The session a spent (already exchanged) refresh token belonged to. */
  findSpentRefresh(hash: string): Promise<string | undefined>;
  /** Swaps the refresh token atomically; false when `oldRefreshHash` was spent meanwhile. */
  rotate(sessionId: string, oldRefreshHash: string, next: TokenPair, at: string): Promise<boolean>;
  revoke(sessionId: string, at: string): Promise<void>;
  revokeAllOf(userId: string, at: string): Promise<void>;
  touch(sessionId: string, at: string): Promise<void>;
};

export type CodeKind = 'invite' | 'enrolment' | 'setup';
export type NewCode = { id: string; codeHash: string; expiresAt: string; createdBy: string | null; createdAt: string; payload: unknown };

export type CodesStore = {
  add(kind: CodeKind, code: NewCode): Promise<void>;
  /**
   * Marks an unused, unexpired code used and runs `then` with its payload, in one transaction: when
   * `then` throws, the code stays unused. Undefined when no such code (unknown, used or expired).
   */
  consume<T>(kind: CodeKind, codeHash: string, at: string, then: (payload: unknown, ctx: ConsumeContext, createdBy: string | null) => Promise<T>): Promise<{ value: T } | undefined>;
};

/** What may happen in the transaction that consumes a code. */
export type ConsumeContext = {
  countAdmins(): Promise<number>;
  isLoginTaken(login: string): Promise<boolean>;
  createUser(user: Omit<UserRecord, 'disabledAt' | 'pinResetAt'>): Promise<void>;
  addDevice(device: DeviceRecord & { tokenHash: string; enrolledBy: string | null }): Promise<void>;
  getCentre(id: string): Promise<Centre | undefined>;
};

export type FailuresStore = {
  /** Failures recorded under `key` at or after `since`, and the oldest of them. */
  count(key: string, since: string): Promise<{ count: number; oldest: string | null }>;
  /** Records one failure and drops this key's failures older than `dropBefore`. */
  record(keys: readonly string[], at: string, dropBefore: string): Promise<void>;
  clear(key: string): Promise<void>;
};

export type AuditInput = Omit<AuditEntry, 'id'>;
export type AuditStore = {
  add(entry: AuditInput): Promise<void>;
  query(query: AuditQuery): Promise<AuditEntry[]>;
};

export type DeviceAdminRecord = DeviceRecord & { lastSeenAt: string | null; enrolment: 'open' | 'code'; enrolledBy: string | null; revokedBy: string | null };

export type AdminStore = {
  listOrganisations(): Promise<OrganisationView[]>;
  addOrganisation(org: OrganisationView): Promise<void>;
  /** All centres, or those with the given ids. */
  listCentres(ids?: readonly string[]): Promise<Centre[]>;
  /** Creates or replaces a centre and bumps `ref:centres`. */
  saveCentre(centre: Centre, at: string): Promise<void>;
  listDevices(centreIds?: readonly string[]): Promise<DeviceAdminRecord[]>;
  getDevice(id: string): Promise<DeviceAdminRecord | undefined>;
  revokeDevice(id: string, by: string | null, at: string): Promise<void>;
  touchDevice(id: string, at: string): Promise<void>;
  listCatalogue(): Promise<EService[]>;
  getService(code: string): Promise<EService | undefined>;
  /** Adds or replaces a catalogue entry and bumps `ref:catalogue`, so devices get it by pull. */
  saveService(service: EService, at: string): Promise<void>;
};
