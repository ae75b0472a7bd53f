import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids';
import { pushRequestSchema } from '../../shared/sync/protocol';
import { badPushBodies } from '../testing/badInputs';
import { serverPushSchema } from './pushSchema';

const outcome = (result: ReturnType<typeof pushRequestSchema.safeParse>) =>
  result.success ? 'ok' : result.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message }));

describe('serverPushSchema', () => {
  const deviceId = uuidv7();
  const used = { mutationId: uuidv7(), deviceSeq: 1, type: 'session.create' as const, recordId: uuidv7(), payloadVersion: 1, data: { id: 'x' } };
  const ctx = { deviceId, foreignIds: [uuidv7()], usedMutations: [used], foreignCentreId: uuidv7() };

  it('accepts and refuses exactly what the shared pushRequestSchema does, with the same issues', () => {
    const record = fc.oneof(fc.anything({ maxDepth: 2 }), fc.dictionary(fc.string(), fc.anything({ maxDepth: 1 })));
    const fields = fc.record({ data: record, patch: record }, { requiredKeys: [] });
    const mutation = fields.map((f) => ({ mutationId: uuidv7(), deviceSeq: 1, type: 'session.update', recordId: uuidv7(), payloadVersion: 1, ...f }));
    const bodies = fc.oneof(
      badPushBodies(ctx).map((b) => b.json),
      fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => ({ deviceId, batchId: uuidv7(), mutations })),
    );
    fc.assert(
      fc.property(bodies, (body) => {
        expect(outcome(serverPushSchema.safeParse(body))).toEqual(outcome(pushRequestSchema.safeParse(body)));
      }),
      { numRuns: 500 },
    );
  });

  it('hands the records on as sent, without copying them', () => {
    const data = { id: 'anything', nested: { a: [1, 2] } };
    const body = { deviceId, batchId: uuidv7(), mutations: [{ ...used, data }] };
    expect(serverPushSchema.parse(body).mutations[0]?.data).toBe(data);
    expect(pushRequestSchema.parse(body).mutations[0]?.data).toEqual(data);
  });
});
