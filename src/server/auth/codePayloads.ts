import { z } from 'zod';
import { UUID_PATTERN } from '../../shared/ids';
import { ROLES } from '../../shared/auth/roles';

/** What a one-time code stands for, stored with its hash (the code itself is never stored). */
const uuid = z.string().regex(UUID_PATTERN);

export const invitePayloadSchema = z.strictObject({ displayName: z.string(), role: z.enum(ROLES), centreIds: z.array(uuid) });
export type InvitePayload = z.infer<typeof invitePayloadSchema>;

export const enrolmentPayloadSchema = z.strictObject({ centreId: uuid, label: z.string() });
export type EnrolmentPayload = z.infer<typeof enrolmentPayloadSchema>;

export const INVALID_CODE_MESSAGE = 'This code is not valid: it may be mistyped, used or expired';
