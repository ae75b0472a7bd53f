import { z } from 'zod';
import { COUNTRIES, LANGUAGES, SERVICE_CATEGORIES } from './vocabulary';

export const E_SERVICE_SCHEMA_VERSION = 1;

/** A name in every UI language; the catalogue is shown in whichever one the volunteer picked. */
const names = z.strictObject(
  Object.fromEntries(LANGUAGES.map((lng) => [lng, z.string().trim().min(2).max(160)])) as Record<
    (typeof LANGUAGES)[number],
    z.ZodString
  >,
);

export const eServiceSchema = z.strictObject({
  // Stable and never reused: "AL-CIVIL-BIRTH-CERT". Retiring a service keeps its code.
  code: z.string().regex(/^(AL|XK|MK|ME|RS)-[A-Z0-9]+(-[A-Z0-9]+)*$/, { error: 'code_format' }),
  country: z.enum(COUNTRIES),
  provider: z.string().trim().min(2).max(160),
  category: z.enum(SERVICE_CATEGORIES),
  names,
  url: z.url({ protocol: /^https$/ }).optional(),
  active: z.boolean(),
});
export type EService = z.infer<typeof eServiceSchema>;

export const eServiceCatalogueSchema = z
  .array(eServiceSchema)
  .min(1)
  .refine((list) => new Set(list.map((s) => s.code)).size === list.length, { error: 'duplicate_code' });
