/** Who a person is in the network (DESIGN.md §3 User). */
export const ROLES = ['volunteer', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

// Limits the sign-in rules are built on (issue: sign-in, roles and access control). One place, both runtimes.
export const AUTH_LIMITS = {
  /** Access tokens are short-lived; the refresh token renews them. */
  accessTokenMinutes: 15,
  /** A refresh token lives at most this long; also the most a tablet may work offline without an online sign-in. */
  offlineDays: 7,
  /** However often it is refreshed, a sign-in session ends this long after the online sign-in (ASVS 7.3.2). */
  sessionMaxDays: 30,
  /** The app locks after this much idle time and asks for the PIN. */
  idleLockMinutes: 30,
  /** Wrong PINs in a row before the tablet requires an online sign-in. */
  maxWrongPins: 5,
  /** Failed sign-ins per account, and per address, in the window below. */
  maxFailedSignIns: 10,
  failedSignInWindowMinutes: 15,
  enrolmentCodeMinutes: 10,
  inviteDays: 7,
  setupCodeHours: 24,
  passwordMinLength: 10,
  passwordMaxLength: 200,
  pinLength: 6,
} as const;

/**
 * The header a tablet sends its device token in when a person signs in on it (sign-in, accept-invite).
 * Here, not in api.ts, so the tablet's first screen can use it without loading zod.
 */
export const DEVICE_HEADER = 'x-ura-device';
