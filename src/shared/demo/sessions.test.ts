import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Session } from '../schemas/session';
import { demoNetwork } from './network';
import { generateSessions } from './sessions';
import { countSessions, type GenerateOptions } from './volume';

const network = demoNetwork(7);

function hashOf(sessions: Iterable<Session>, limit: number): { hash: string; count: number } {
  const hash = createHash('sha256');
  let count = 0;
  for (const session of sessions) {
    if (count === limit) break;
    hash.update(JSON.stringify(session));
    count++;
  }
  return { hash: hash.digest('hex'), count };
}

function take(options: GenerateOptions): Session[] {
  return [...generateSessions(network, options)];
}

describe('generateSessions: determinism', () => {
  const options = { seed: 11, from: '2026-01-01', to: '2026-12-31' };

  it('gives the same first 5,000 sessions for the same seed, from a fresh network too', () => {
    const first = hashOf(generateSessions(network, options), 5_000);
    const second = hashOf(generateSessions(demoNetwork(7), options), 5_000);
    expect(first.count).toBe(5_000);
    expect(second).toEqual(first);
    expect(hashOf(generateSessions(network, { ...options, seed: 12 }), 5_000).hash).not.toBe(first.hash);
  });

  it('makes a day the same whichever range it is generated in', () => {
    const inner = take({ seed: 11, from: '2026-03-09', to: '2026-03-12' });
    const outer = take({ seed: 11, from: '2026-03-02', to: '2026-03-18' });
    const isInner = (s: Session): boolean =>
      s.occurredAt.slice(0, 10) >= '2026-03-09' && s.occurredAt.slice(0, 10) <= '2026-03-12';
    expect(inner.length).toBeGreaterThan(1_000);
    expect(outer.filter(isInner)).toEqual(inner);
  });

  it('yields exactly as many sessions as countSessions says', () => {
    const options2 = { seed: 5, from: '2026-05-01', to: '2026-06-30', scale: 0.5 };
    expect(take(options2)).toHaveLength(countSessions(network, options2));
  });

  it('scales the volume', () => {
    const base = countSessions(network, options);
    expect(countSessions(network, { ...options, scale: 0 })).toBe(0);
    expect(countSessions(network, { ...options, scale: 3 }) / base).toBeCloseTo(3, 1);
  });

  it('rejects bad options before yielding anything', () => {
    expect(() => take({ seed: 1, from: '2026-02-01', to: '2026-01-01' })).toThrow(/before/);
    expect(() => take({ seed: 1, from: '2026-01-01', to: '2026-13-01' })).toThrow(/No such date/);
    expect(() => take({ seed: 1, from: '2026-01-01', to: '2026-01-02', scale: -1 })).toThrow(/scale/);
  });

  it('gives every session its own id, in time order within a centre day', () => {
    const week = take({ seed: 3, from: '2026-09-07', to: '2026-09-13' });
    expect(new Set(week.map((s) => s.id)).size).toBe(week.length);
    const sameDesk = week.filter((s) => s.centreId === week[0]?.centreId && s.occurredAt.startsWith('2026-09-07'));
    const times = sameDesk.map((s) => s.occurredAt);
    expect(times).toEqual([...times].sort());
  });
});

describe('generateSessions: local time and DST', () => {
  const zoneOf = new Map(network.centres.map((c) => [c.centre.id, c.centre.timeZone]));

  /** The wall time the instant shows in the centre's zone, formatted like occurredAt without the offset. */
  const formats = new Map<string, Intl.DateTimeFormat>();
  function wallTimeIn(timeZone: string, iso: string): string {
    const format =
      formats.get(timeZone) ??
      new Intl.DateTimeFormat('sv-SE', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      });
    formats.set(timeZone, format);
    return format.format(new Date(iso)).replace(' ', 'T');
  }

  it.each([
    ['2026-03-27', '2026-03-31', '2026-03-29'],
    ['2026-10-23', '2026-10-27', '2026-10-25'],
  ])('writes the right offset around a switch (%s to %s)', (from, to, switchDay) => {
    const sessions = take({ seed: 9, from, to });
    expect(sessions.length).toBeGreaterThan(500);
    const mismatches = sessions.filter(
      (s) => wallTimeIn(zoneOf.get(s.centreId) ?? 'UTC', s.occurredAt) !== s.occurredAt.slice(0, 19),
    );
    expect(mismatches).toEqual([]);

    const tirane = new Set(
      network.centres.filter((c) => c.centre.timeZone === 'Europe/Tirane').map((c) => c.centre.id),
    );
    const offsets = (before: boolean): Set<string> =>
      new Set(
        sessions
          .filter((s) => tirane.has(s.centreId) && s.occurredAt.slice(0, 10) < switchDay === before)
          .map((s) => s.occurredAt.slice(19)),
      );
    const summer = switchDay.startsWith('2026-03');
    expect(offsets(true)).toEqual(new Set([summer ? '+01:00' : '+02:00']));
    expect(offsets(false)).toEqual(new Set([summer ? '+02:00' : '+01:00']));
  });
});
