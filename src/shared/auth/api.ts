import { z } from 'zod';
import { UUID_PATTERN } from '../ids';
import { centreSchema } from '../schemas/centre';
import { eServiceSchema } from '../schemas/eService';
import { AUTH_LIMITS, ROLES, type Role } from './roles';

/*
 * The sign-in and administration API (issue 4). Requests are validated with these schemas on the server;
 * the app builds them. Credentials:
 *   - a device token (enrolled tablet):  `Authorization: Bearer <deviceToken>` on /api/sync/v1/*;
 *   - a user access token:               `Authorization: Bearer <accessToken>` on /api/auth/me, /api/admin/*,
 *     and on /api/auth/sign-in from a tablet the device token goes in `X-Ura-Device`.
 * Sync mutations carry `actorId`: the person who made the change on the tablet, who must have signed in
 * online on that tablet before (the server checks); a device token alone never speaks for a person it has not seen.
 */

export { DEVICE_HEADER } from './roles';

/** One-time codes are typed by people: case, spaces and dashes do not matter. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, '');
}

const uuid = z.string().regex(UUID_PATTERN);
const login = z.string().trim().toLowerCase().min(3).max(64).regex(/^[a-z0-9._@-]+$/, { error: 'login_format' });
const password = z.string().min(AUTH_LIMITS.passwordMinLength, { error: 'password_too_short' }).max(AUTH_LIMITS.passwordMaxLength);
const displayName = z.string().trim().min(2).max(60);
/** One-time codes people type: 8+ letters/digits, case-insensitive, dashes ignored. */
const code = z.string().trim().min(6).max(64);

export const setupRequestSchema = z.strictObject({ setupCode: code, displayName, login, password });
export const signInRequestSchema = z.strictObject({ login, password: z.string().min(1).max(AUTH_LIMITS.passwordMaxLength) });
export const refreshRequestSchema = z.strictObject({ refreshToken: z.string().min(20).max(200) });
export const acceptInviteRequestSchema = z.strictObject({ inviteCode: code, login, password });
export const enrolDeviceRequestSchema = z.strictObject({ enrolmentCode: code, label: z.string().trim().min(1).max(80) });

export const createInviteRequestSchema = z.strictObject({
  displayName,
  role: z.enum(ROLES),
  centreIds: z.array(uuid).max(500),
});
export const updateUserRequestSchema = z.strictObject({
  displayName: displayName.optional(),
  role: z.enum(ROLES).optional(),
  centreIds: z.array(uuid).max(500).optional(),
  isDisabled: z.boolean().optional(),
});
export const createOrganisationRequestSchema = z.strictObject({ name: z.string().trim().min(2).max(120) });
export const createCentreRequestSchema = centreSchema.omit({ id: true });
export const updateCentreRequestSchema = centreSchema.omit({ id: true }).partial();
export const createEnrolmentCodeRequestSchema = z.strictObject({ centreId: uuid, label: z.string().trim().min(1).max(80) });
export const upsertEServiceRequestSchema = eServiceSchema;
export const auditQuerySchema = z.strictObject({
  action: z.string().max(64).optional(),
  actorId: uuid.optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export type SetupRequest = z.infer<typeof setupRequestSchema>;
export type SignInRequest = z.infer<typeof signInRequestSchema>;
export type AcceptInviteRequest = z.infer<typeof acceptInviteRequestSchema>;
export type EnrolDeviceRequest = z.infer<typeof enrolDeviceRequestSchema>;
export type CreateInviteRequest = z.infer<typeof createInviteRequestSchema>;
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export type OrganisationView = { id: string; name: string; createdAt: string };
export type UserView = { id: string; displayName: string; login: string; role: Role; centreIds: string[]; isDisabled: boolean; pinResetAt: string | null };

/**
 * A tablet's data key (issue 6, at rest): base64 of 32 random bytes, 44 characters. It seals the special-category
 * fields of the sessions the tablet stores; the server keeps it per device and hands it out with an online sign-in.
 */
export const dataKeySchema = z.base64().length(44);

/** What sign-in, setup, accept-invite and refresh answer. Tokens are opaque; only their hashes are stored. */
export type SessionTokens = {
  user: UserView;
  accessToken: string;
  accessExpiresAt: string;
  refreshToken: string;
  refreshExpiresAt: string;
  /**
   * The device's data key (`dataKeySchema`), only in the answer of a sign-in or an accepted invite sent with the
   * device token in `X-Ura-Device`, once the person, password and tablet (live, of one of their centres) checked out;
   * absent otherwise (no header; setup; refresh). The same key for everyone who signs in on that tablet. Keep it in
   * memory only; never log or store it unwrapped. Optional: older servers leave it out.
   */
  dataKey?: string;
};

export type AuthStatus = { needsSetup: boolean; serverTime: string };
export type EnrolDeviceResponse = { deviceId: string; deviceToken: string; centre: z.infer<typeof centreSchema>; serverEpoch: string };
export type InviteCreated = { inviteCode: string; expiresAt: string };
export type EnrolmentCodeCreated = { enrolmentCode: string; expiresAt: string };
export type DeviceView = {
  id: string;
  centreId: string;
  label: string;
  enrolledAt: string;
  revokedAt: string | null;
  lastSeenAt: string | null;
  /** 'open': the legacy open registration (no actor checks while it is allowed); 'code': enrolled with a code. */
  enrolment: 'open' | 'code';
};
export type AuditEntry = {
  id: number;
  at: string;
  action: string;
  actorId: string | null;
  deviceId: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
};

export type AuditPage = { entries: AuditEntry[]; nextBefore: number | null };

/** Audit actions (DESIGN.md §6): sign-ins and failures, enrolments, revocations, role changes, exports, edits, admin actions. */
export const AUDIT_ACTIONS = [
  'setup.completed',
  'sign_in.succeeded',
  'sign_in.failed',
  'sign_in.limited',
  'sign_out',
  'session.token_reused',
  'invite.created',
  'invite.accepted',
  'user.updated',
  'user.role_changed',
  'user.disabled',
  'user.enabled',
  'user.pin_reset',
  'organisation.created',
  'centre.created',
  'centre.updated',
  'device.enrolment_code_created',
  'device.enrolled',
  'device.revoked',
  'catalogue.changed',
  'session.coordinator_edit',
  'sync.disabled_actor',
  'report.exported',
  'report.week_locked',
  'handoff.imported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
