import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_HANDOFF_BYTES, type HandoffEnvelope } from '../../shared/handoff';
import { uuidv7 } from '../../shared/ids';
import { openTestEnv, type TestEnv } from '../testing/testEnv';
import { addCentre, addUser, bearer, enrolTablet, mintSession, signInOn } from '../testing/testPeople';
import { serverHandoffFile } from './handoffTestFile';

const RUNS = 1000;
const weird = fc.oneof(fc.anything({ maxDepth: 2 }), fc.double(), fc.constant(null), fc.constant(-1), fc.string({ maxLength: 30 }));

/** A request body built from a valid file: broken JSON, a mangled envelope, a changed ciphertext or header. */
function badBodies(valid: HandoffEnvelope): fc.Arbitrary<{ kind: string; payload: string }> {
  const keys = Object.keys(valid) as (keyof HandoffEnvelope)[];
  const json = (kind: string, body: unknown) => ({ kind, payload: JSON.stringify(body) ?? 'null' });
  return fc.oneof(
    fc.string({ maxLength: 200 }).map((raw) => ({ kind: 'raw text', payload: raw })),
    fc.nat({ max: 400 }).map((n) => ({ kind: 'truncated', payload: JSON.stringify({ file: valid }).slice(0, n) })),
    fc.tuple(fc.constantFrom(...keys), weird).map(([k, v]) => json(`wrong ${k}`, { file: { ...valid, [k]: v } })),
    fc.constantFrom(...keys).map((k) => json(`without ${k}`, { file: { ...valid, [k]: undefined } })),
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), weird).map(([k, v]) => json('unknown field', { file: valid, [k]: v })),
    fc.tuple(fc.nat({ max: valid.ciphertext.length - 4 }), fc.constantFrom('A', 'B', '+', '/')).map(([i, c]) =>
      json('changed ciphertext', { file: { ...valid, ciphertext: valid.ciphertext.slice(0, i) + c + valid.ciphertext.slice(i + 1) } }),
    ),
    fc.constantFrom('centreId', 'sourceDeviceId').map((k) => json(`other ${k}`, { file: { ...valid, [k]: uuidv7() } })),
    fc.integer({ min: -5, max: 20 }).map((n) => json('count', { file: { ...valid, count: n } })),
    fc.tuple(weird, weird).map(([a, b]) => json('encryption params', { file: { ...valid, encryption: { ...valid.encryption, salt: a, iv: b } } })),
    fc.constantFrom(2, 0, '1').map((v) => json('version', { file: { ...valid, version: v } })),
    weird.map((v) => json('passphrase', { file: valid, passphrase: v })),
  );
}

describe('hand-off import: generated bad input', () => {
  let env: TestEnv & { close: () => Promise<void> };
  let valid: HandoffEnvelope;
  let headers: Record<string, string>;
  const tally = new Map<string, number>();

  beforeAll(async () => {
    env = await openTestEnv('sqlite');
    const centre = await addCentre(env, 'Qendra A');
    const volunteer = await addUser(env, 'volunteer', [centre.id]);
    const coordinator = await addUser(env, 'coordinator', [centre.id]);
    const tablet = await enrolTablet(env, centre);
    await signInOn(env, tablet, volunteer);
    valid = JSON.parse(await serverHandoffFile(env.app, tablet)) as HandoffEnvelope;
    headers = { ...bearer((await mintSession(env, coordinator)).accessToken), 'content-type': 'application/json' };
    // Imported once: a generated body that is accepted must then add nothing.
    const first = await env.app.inject({ method: 'POST', url: '/api/admin/handoff/import', headers, payload: { file: valid } });
    expect(first.json<{ added: number }>().added).toBe(1);
  }, 60_000);

  afterAll(async () => {
    console.log(`hand-off import bad input by status:\n${[...tally].map(([k, n]) => `  ${k}: ${n}`).join('\n')}`);
    await env.close();
  });

  it('never answers 5xx, always one error shape, and never adds a session', async () => {
    await fc.assert(
      fc.asyncProperty(badBodies(valid), async (body) => {
        const before = await env.store.countRows();
        const res = await env.app.inject({ method: 'POST', url: '/api/admin/handoff/import', headers, payload: body.payload });
        tally.set(String(res.statusCode), (tally.get(String(res.statusCode)) ?? 0) + 1);
        expect(res.statusCode, `${body.kind}: ${res.body}`).toBeLessThan(500);
        const after = await env.store.countRows();
        expect(after.sessions, body.kind).toBe(before.sessions);
        if (res.statusCode >= 400) {
          expect(Object.keys(res.json<object>())).toEqual(['error']);
          expect(res.json<{ error: { code: string } }>().error.code).toMatch(/^[A-Z_]+$/);
          expect(after, `${body.kind} changed the database`).toEqual(before);
        } else {
          expect(res.json<{ added: number }>().added, body.kind).toBe(0);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('answers 413 for a body over the hand-off limit', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/admin/handoff/import', headers, payload: { file: 'x'.repeat(MAX_HANDOFF_BYTES + 70 * 1024) } });
    expect(res.statusCode).toBe(413);
  });
});
