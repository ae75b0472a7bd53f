import fc from 'fast-check';
import { uuidv7 } from '../../shared/ids';
import type { Mutation } from '../../shared/sync/protocol';
import { sessionData } from './testDevice';

/** One generated request body: raw text (maybe not JSON at all) or a value sent as JSON. */
export type BadBody = { kind: string; raw?: string; json?: unknown; withToken: boolean };

const notJson = fc.string({ maxLength: 200 }).filter((s) => {
  try {
    JSON.parse(s);
    return false;
  } catch {
    return true;
  }
});
const nonUuid = fc.oneof(fc.string({ maxLength: 40 }), fc.constant('00000000-0000-0000-0000-000000000000'), fc.uuid({ version: 4 }).map((u) => u.toUpperCase()));
const weird = fc.oneof(fc.anything({ maxDepth: 2 }), fc.double(), fc.constant(null), fc.constant(-1), fc.bigInt().map(String));

function malformed(valid: unknown): fc.Arbitrary<BadBody> {
  const text = JSON.stringify(valid);
  return fc.oneof(
    notJson.map((raw) => ({ kind: 'not json', raw, withToken: true })),
    fc.nat({ max: Math.max(0, text.length - 2) }).map((n) => ({ kind: 'truncated json', raw: text.slice(0, n), withToken: true })),
    fc.constantFrom('{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}', '[]', '""', '1e999', 'null').map((raw) => ({
      kind: 'hostile json',
      raw,
      withToken: true,
    })),
  );
}

/** Replaces one field of a valid body with a value of the wrong type, or adds an unknown one. */
function mangled(valid: Record<string, unknown>): fc.Arbitrary<BadBody> {
  const keys = Object.keys(valid);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...keys), weird).map(([key, value]) => ({ kind: `wrong ${key}`, json: { ...valid, [key]: value }, withToken: true })),
    fc.tuple(fc.constantFrom(...keys), nonUuid).map(([key, value]) => ({ kind: `non-uuid ${key}`, json: { ...valid, [key]: value }, withToken: true })),
    fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), weird)
      .filter(([key]) => !keys.includes(key))
      .map(([key, value]) => ({ kind: 'unknown field', json: { ...valid, [key]: value }, withToken: true })),
    fc.constantFrom(...keys).map((key) => {
      const { [key]: _dropped, ...rest } = valid;
      return { kind: `missing ${key}`, json: rest, withToken: true };
    }),
    weird.map((json) => ({ kind: 'not an object', json, withToken: true })),
    fc.constant({ kind: 'no token', json: valid, withToken: false }),
  );
}

export function badRegisterBodies(centreOfOthers: string): fc.Arbitrary<BadBody> {
  const valid = { centre: { name: 'Qendra', country: 'AL', municipality: 'Tiranë', kind: 'fixed', timeZone: 'Europe/Tirane' }, label: 'Tablet' };
  const badCentre = fc
    .record({ name: weird, country: fc.string(), municipality: weird, kind: fc.string(), timeZone: fc.string(), extra: weird }, { requiredKeys: [] })
    .map((centre) => ({ kind: 'bad centre', json: { centre, label: 'x' }, withToken: false }));
  return fc.oneof(
    malformed(valid),
    mangled(valid),
    badCentre,
    fc.constant({ kind: 'both centre and id', json: { ...valid, centreId: centreOfOthers }, withToken: false }),
    fc.string({ minLength: 81, maxLength: 300 }).map((label) => ({ kind: 'long label', json: { ...valid, label }, withToken: false })),
  );
}

export type PushContext = { deviceId: string; foreignIds: string[]; usedMutations: Mutation[]; foreignCentreId: string };

export function badPushBodies(ctx: PushContext): fc.Arbitrary<BadBody> {
  const m = (fields: Partial<Mutation>): Mutation =>
    ({ mutationId: uuidv7(), deviceSeq: 1, type: 'session.update', recordId: uuidv7(), payloadVersion: 1, baseVersion: 1, patch: {}, ...fields });
  const envelope = (mutations: unknown[]) => ({ deviceId: ctx.deviceId, batchId: uuidv7(), mutations });
  const base = m({});
  const valid = envelope([base]);
  const foreign = fc.tuple(fc.constantFrom(...ctx.foreignIds), fc.constantFrom('session.update', 'session.delete', 'session.restore' as const));
  const replayed = fc.tuple(fc.constantFrom(...ctx.usedMutations), fc.integer({ min: 1, max: 400 }));
  return fc.oneof(
    malformed(valid),
    mangled(valid),
    fc.tuple(fc.constantFrom(...Object.keys(base)), weird).map(([key, value]) => ({
      kind: `mutation ${key}`,
      json: envelope([{ ...base, [key]: value }]),
      withToken: true,
    })),
    foreign.map(([recordId, type]) => ({ kind: "another centre's id", json: envelope([m({ recordId, type, patch: { notes: 'x' } })]), withToken: true })),
    fc.anything({ maxDepth: 2 }).map((data) => ({ kind: 'garbage session', json: envelope([m({ type: 'session.create', patch: undefined, data: { data } })]), withToken: true })),
    fc.nat().map(() => {
      const data = sessionData(ctx.foreignCentreId, ctx.deviceId);
      return { kind: 'foreign centre create', json: envelope([m({ type: 'session.create', recordId: data.id, patch: undefined, data })]), withToken: true };
    }),
    replayed.map(([used, n]) => ({ kind: 'replayed mutationId', json: envelope([{ ...used, deviceSeq: n, data: { ...used.data, durationMin: 1000 + n } }]), withToken: true })),
    fc.integer({ min: 201, max: 2000 }).map((n) => ({ kind: 'huge array', json: envelope(Array.from({ length: n }, () => m({}))), withToken: true })),
    fc.nat().map(() => ({ kind: 'empty batch', json: envelope([]), withToken: true })),
  );
}

export function badPullBodies(deviceId: string, foreignScope: string): fc.Arbitrary<BadBody> {
  const valid = { deviceId, cursors: { 'ref:catalogue': 0 }, limit: 10 };
  const cursorKeys = fc.oneof(fc.string({ maxLength: 100 }), fc.constant(foreignScope), fc.constant('ref:unknown'));
  return fc.oneof(
    malformed(valid),
    mangled(valid),
    fc.dictionary(cursorKeys, weird, { maxKeys: 5 }).map((cursors) => ({ kind: 'bad cursors', json: { ...valid, cursors }, withToken: true })),
    fc.integer({ min: 65, max: 3000 }).map((n) => ({
      kind: 'huge cursors',
      json: { ...valid, cursors: Object.fromEntries(Array.from({ length: n }, (_, i) => [`ref:x${i}`, 0])) },
      withToken: true,
    })),
    fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 1001 }), fc.double()).map((limit) => ({ kind: 'bad limit', json: { ...valid, limit }, withToken: true })),
    fc.string({ minLength: 65, maxLength: 200 }).map((serverEpoch) => ({ kind: 'long epoch', json: { ...valid, serverEpoch }, withToken: true })),
  );
}
