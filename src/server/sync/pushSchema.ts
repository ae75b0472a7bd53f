import { z } from 'zod';
import { util } from 'zod/v4/core';
import { MAX_BATCH_MUTATIONS, mutationSchema, pushRequestSchema, type PushRequest } from '../../shared/sync/protocol';

/**
 * The push body as the server checks it: the shared pushRequestSchema, except that a mutation's `data`
 * and `patch` are only checked to be objects, not copied key by key. Their content is validated once,
 * where it is used: `data` by sessionSchema in session.create (a bad record is that mutation's
 * `rejected INVALID_DATA`, never a 400 for the batch), a patch by sessionSchema on the merged record.
 * Accepts and refuses exactly what pushRequestSchema does (pushSchema.test.ts), with the same issue
 * for a non-object (`invalid_type`, expected record).
 */
const recordOfUnknown = z.custom<Record<string, unknown>>().check((ctx) => {
  if (!util.isPlainObject(ctx.value)) ctx.issues.push({ code: 'invalid_type', expected: 'record', input: ctx.value });
});

export const serverPushSchema: z.ZodType<PushRequest> = pushRequestSchema.extend({
  mutations: z
    .array(mutationSchema.extend({ data: recordOfUnknown.optional(), patch: recordOfUnknown.optional() }))
    .min(1)
    .max(MAX_BATCH_MUTATIONS),
});
