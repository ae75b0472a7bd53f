import { z } from 'zod';
import { UUID_PATTERN } from '../ids';
import {
  AGE_BANDS,
  BLOCKERS,
  CHANNELS,
  FIRST_VISIT,
  GENDERS,
  GROUPS,
  OUTCOMES,
  REQUESTERS,
  SKILLS,
} from './vocabulary';

import { SESSION_SCHEMA_VERSION } from './sessionVersion';

export { SESSION_SCHEMA_VERSION };

export const NOTES_MAX = 500;
export const DURATION_MAX_MIN = 480;

const id = z.string().regex(UUID_PATTERN, { error: 'invalid_id' });
export type SessionId = string & { readonly __brand?: 'SessionId' };

/** Local date-time with its offset, as the device's clock saw it: user data, never used for ordering. */
const localDateTime = z.iso.datetime({ offset: true, error: 'invalid_datetime' });

export const serviceEntrySchema = z
  .strictObject({
    serviceCode: z.string().min(1).max(64),
    outcome: z.enum(OUTCOMES, { error: 'outcome_required' }),
    blocker: z.enum(BLOCKERS).optional(),
  })
  .refine((s) => s.outcome === 'completed' || s.blocker !== undefined, {
    error: 'blocker_required',
    path: ['blocker'],
  })
  .refine((s) => s.outcome !== 'completed' || s.blocker === undefined, {
    error: 'blocker_not_allowed',
    path: ['blocker'],
  });
export type ServiceEntry = z.infer<typeof serviceEntrySchema>;

export const followUpSchema = z.strictObject({
  // A short pseudonymous code, never a name or phone number: letters, digits and dashes only.
  code: z.string().regex(/^[A-Za-z0-9-]{3,16}$/, { error: 'follow_up_code_format' }),
  dueDate: z.iso.date({ error: 'invalid_date' }),
});

/** What a volunteer records; the server adds its own fields (version, changeSeq, ...). */
export const sessionSchema = z.strictObject({
  id,
  centreId: id,
  volunteerId: id,
  deviceId: id,
  occurredAt: localDateTime,
  durationMin: z.int({ error: 'duration_required' }).min(1, { error: 'duration_range' }).max(DURATION_MAX_MIN, { error: 'duration_range' }),
  channel: z.enum(CHANNELS, { error: 'channel_required' }),
  locationId: id.optional(),
  locationLabel: z.string().trim().max(120).optional(),
  requester: z.enum(REQUESTERS),
  services: z
    .array(serviceEntrySchema)
    .min(1, { error: 'services_required' })
    .max(20)
    .refine((list) => new Set(list.map((s) => s.serviceCode)).size === list.length, { error: 'services_unique' }),
  gender: z.enum(GENDERS, { error: 'gender_required' }),
  ageBand: z.enum(AGE_BANDS, { error: 'age_required' }),
  groups: z.array(z.enum(GROUPS)).max(GROUPS.length).refine(isUnique, { error: 'groups_unique' }),
  firstVisit: z.enum(FIRST_VISIT, { error: 'first_visit_required' }),
  skills: z.array(z.enum(SKILLS)).refine(isUnique, { error: 'skills_unique' }).optional(),
  followUp: followUpSchema.optional(),
  notes: z.string().max(NOTES_MAX, { error: 'notes_too_long' }).optional(),
});
export type Session = z.infer<typeof sessionSchema>;

function isUnique(list: readonly string[]): boolean {
  return new Set(list).size === list.length;
}

/** Brings a stored session of any earlier schema version to the current one. */
export function upgradeSession(raw: unknown, fromVersion: number): Session {
  if (fromVersion > SESSION_SCHEMA_VERSION) {
    throw new Error(`Session schema version ${fromVersion} is newer than this app (${SESSION_SCHEMA_VERSION})`);
  }
  // Version 1 is the first; each later version adds one step here, oldest first.
  return sessionSchema.parse(raw);
}
