// Random valid sessions (the shape src/shared/schemas/session.ts accepts), seeded, for Node and the page.
import { randomBytes } from 'node:crypto';

/** A UUIDv7 (time-ordered, as the app makes them). */
export function uuidv7() {
  const b = randomBytes(16);
  const ms = BigInt(Date.now());
  for (let i = 0; i < 6; i++) b[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const SERVICE_CODES_FALLBACK = ['birth_certificate'];

export function makeRandom(seed = 1) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** `when` a Date; returns "YYYY-MM-DDTHH:mm:ss+01:00"-style local time with its offset. */
function localIso(when) {
  const pad = (n) => String(Math.abs(n)).padStart(2, '0');
  const off = -when.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}T${pad(when.getHours())}:${pad(when.getMinutes())}:00${sign}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}

export function makeSession({ random, serviceCodes, centreId, deviceId, volunteerId, id = uuidv7() }) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const when = new Date();
  when.setDate(when.getDate() - Math.floor(random() * 50));
  when.setHours(8 + Math.floor(random() * 8), Math.floor(random() * 60), 0, 0);
  return {
    id,
    centreId,
    volunteerId,
    deviceId,
    occurredAt: localIso(when),
    durationMin: pick([5, 10, 15, 20, 30, 45]),
    channel: 'walk_in',
    requester: 'citizen',
    services: [{ serviceCode: pick(serviceCodes), outcome: 'completed' }],
    gender: pick(['female', 'male', 'not_stated']),
    ageBand: pick(['18_24', '25_34', '35_44', '45_54', '55_64', '65_plus']),
    groups: random() < 0.2 ? ['rural'] : [],
    firstVisit: pick(['yes', 'no', 'unknown']),
    ...(random() < 0.2 ? { notes: 'came back with the missing papers' } : {}),
  };
}
