import { z } from 'zod';
import { UUID_PATTERN } from '../ids';
import { centreSchema, type Centre } from '../schemas/centre';
import { MAX_BATCH_MUTATIONS, MAX_PULL_LIMIT, MAX_PULL_SCOPES } from './limits';

/** Sync protocol v1 (DESIGN.md §5). Both the device and the server validate with these schemas. */
export * from './limits';

/**
 * Optional request header with the sync protocol version the device speaks (SYNC_PROTOCOL_VERSION).
 * A server answers 426 APP_TOO_OLD when it is older than the oldest it still serves, and 422
 * SERVER_TOO_OLD when it is newer than the server's. Without the header the device is taken for v1.
 */
export const SYNC_PROTOCOL_HEADER = 'x-ura-sync-protocol';

const uuid = z.string().regex(UUID_PATTERN);

export const MUTATION_TYPES = ['session.create', 'session.update', 'session.delete', 'session.restore'] as const;
export type MutationType = (typeof MUTATION_TYPES)[number];

/** One change made on a device; `mutationId` makes a retry harmless. */
export const mutationSchema = z.strictObject({
  mutationId: uuid,
  deviceSeq: z.int().min(1),
  type: z.enum(MUTATION_TYPES),
  recordId: uuid,
  payloadVersion: z.int().min(1),
  baseVersion: z.int().min(0).optional(),
  /** The whole record, for create. */
  data: z.record(z.string(), z.unknown()).optional(),
  /** Changed top-level fields only, for update. */
  patch: z.record(z.string(), z.unknown()).optional(),
  /**
   * The person who made the change on the tablet (a user id). Required from devices enrolled with a code:
   * that person must have signed in online on this device before (the server checks).
   */
  actorId: uuid.optional(),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.strictObject({
  deviceId: uuid,
  batchId: uuid,
  mutations: z.array(mutationSchema).min(1).max(MAX_BATCH_MUTATIONS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const REJECT_CODES = [
  'INVALID_DATA',
  'NOT_FOUND',
  'FORBIDDEN',
  'MUTATION_ID_REUSED',
  'UNSUPPORTED_VERSION',
  'ALREADY_EXISTS',
] as const;
export type RejectCode = (typeof REJECT_CODES)[number];

export type MutationResult =
  | { mutationId: string; status: 'applied'; version: number; changeSeq: number }
  | { mutationId: string; status: 'merged'; version: number; changeSeq: number; conflictingFields: string[] }
  | { mutationId: string; status: 'duplicate'; result: MutationResult }
  | {
      mutationId: string;
      status: 'rejected';
      code: RejectCode;
      message: string;
      retryable: false;
      /**
       * The server's copy of the record when the device's centre may see it (optional, added after v1
       * shipped: older servers leave it out), so the device can show it or revert without a full pull.
       */
      current?: Change;
    };

export type PushResponse = { results: MutationResult[]; serverTime: string; serverEpoch: string };

export const pullRequestSchema = z.strictObject({
  deviceId: uuid,
  serverEpoch: z.string().max(64).optional(),
  cursors: z
    .record(z.string().max(80), z.int().min(0))
    .refine((c) => Object.keys(c).length <= MAX_PULL_SCOPES, { error: 'too_many_scopes' }),
  limit: z.int().min(1).max(MAX_PULL_LIMIT).optional(),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export type Change = {
  scope: string;
  entity: 'session' | 'eService' | 'centre';
  id: string;
  changeSeq: number;
  version: number;
  deleted: boolean;
  /** The record; null when deleted. */
  data: Record<string, unknown> | null;
  /** Server fields of a session (never part of `data`, which validates with the strict sessionSchema). */
  meta?: SessionServerFields;
};

export type SessionServerFields = {
  receivedAt: string;
  needsReview: boolean;
  deletedAt: string | null;
  deletedBy: string | null;
  authorDeviceId: string;
};

export type PullResponse = {
  changes: Change[];
  cursors: Record<string, number>;
  hasMore: boolean;
  addedScopes: string[];
  removedScopes: string[];
  /** True when the device must drop its cursors and pull its scopes from zero (epoch changed). */
  resync: boolean;
  serverTime: string;
  serverEpoch: string;
};

/**
 * Device setup until sign-in exists: a device enrols for an existing centre (`centreId`) or creates
 * one (`centre`). Exactly one of the two.
 */
export const registerDeviceRequestSchema = z
  .strictObject({
    centreId: uuid.optional(),
    centre: centreSchema.omit({ id: true, organisationId: true }).optional(),
    label: z.string().trim().min(1).max(80),
  })
  .refine((r) => (r.centreId === undefined) !== (r.centre === undefined), {
    error: 'centre_or_centre_id',
    path: ['centreId'],
  });
export type RegisterDeviceRequest = z.infer<typeof registerDeviceRequestSchema>;

export type RegisterDeviceResponse = {
  deviceId: string;
  /** Shown once; send it as `Authorization: Bearer <token>`. The server keeps only its hash. */
  deviceToken: string;
  centre: Centre;
  serverTime: string;
  serverEpoch: string;
};

export type CentreListResponse = { centres: Centre[]; serverTime: string; serverEpoch: string };

export type HealthResponse = {
  status: 'ok';
  database: 'sqlite' | 'postgres';
  schemaVersion: number;
  serverEpoch: string;
  serverTime: string;
};

/** Every API error has this one shape (DESIGN.md §6). */
export type ApiError = { error: { code: string; message: string; details?: unknown } };

