import { z } from 'zod';
import { UUID_PATTERN } from '../ids';
import { COUNTRIES } from './vocabulary';

export const CENTRE_SCHEMA_VERSION = 1;
export const CENTRE_KINDS = ['fixed', 'mobile', 'online'] as const;

export const centreSchema = z.strictObject({
  id: z.string().regex(UUID_PATTERN),
  name: z.string().trim().min(2, { error: 'centre_name_required' }).max(120),
  country: z.enum(COUNTRIES, { error: 'country_required' }),
  municipality: z.string().trim().max(120),
  kind: z.enum(CENTRE_KINDS),
  organisationId: z.string().regex(UUID_PATTERN).optional(),
  /** IANA zone for ISO weeks in reports. */
  timeZone: z.string().min(1).max(64),
});
export type Centre = z.infer<typeof centreSchema>;
