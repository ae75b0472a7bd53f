import { z } from 'zod';
import { UUID_PATTERN } from '../../shared/ids';
import { LANGUAGES } from '../../shared/schemas/vocabulary';
import { EXPORT_FORMATS } from './export/prepareExport';

const uuid = z.string().regex(UUID_PATTERN);

/** `centreIds=a,b` or `centreIds=a&centreIds=b`. */
const centreIds = z
  .preprocess((v) => (typeof v === 'string' ? v.split(',').filter((s) => s !== '') : v), z.array(uuid).max(1000))
  .optional();
const text = z.string().max(32).optional();

/** GET /api/reports: week=YYYY-Www, or from=YYYY-MM-DD&to=YYYY-MM-DD, or neither (the last complete week). */
export const reportQuerySchema = z.strictObject({ week: text, from: text, to: text, centreIds });

/** GET /api/reports/export: the report's parameters, plus format, k (default 5) and the language of the headers. */
export const exportQuerySchema = z.strictObject({
  week: text,
  from: text,
  to: text,
  centreIds,
  format: z.enum(EXPORT_FORMATS).default('xlsx'),
  // Any number is accepted here, so that k = 1 or k = 0 gets its own clear answer (K_TOO_SMALL).
  k: z
    .string()
    .regex(/^-?\d{1,6}(\.\d+)?$/, { error: 'k must be a number' })
    .transform(Number)
    .optional(),
  lng: z.enum(LANGUAGES).default('sq'),
});

/** POST /api/reports/locks. */
export const lockBodySchema = z.strictObject({ centreId: uuid, week: z.string().max(32) });
