// One year of the whole network at scale 1: valid, within each centre's catalogue and people, and realistic.
import { beforeAll, describe, expect, it } from 'vitest';
import { starterCatalogueFor } from '../catalogue/starterCatalogue';
import { sessionSchema, type Session } from '../schemas/session';
import { dayNumber, weekdayOf } from './calendar';
import { demoNetwork } from './network';
import { generateSessions } from './sessions';
import { countSessions } from './volume';

const network = demoNetwork(21);
const year = { seed: 21, from: '2026-01-01', to: '2026-12-31' };
const centreById = new Map(network.centres.map((c) => [c.centre.id, c]));

type Tally = Map<string, number>;
const tallies: Record<'outcome' | 'age' | 'gender' | 'weekday' | 'channel', Tally> = {
  outcome: new Map(),
  age: new Map(),
  gender: new Map(),
  weekday: new Map(),
  channel: new Map(),
};
const taxByMonth = new Map<string, number>();
const sessionsByMonth = new Map<string, number>();
const strays: string[] = [];
const sample: Session[] = [];
const notes = new Set<string>();
let total = 0;

function add(tally: Tally, key: string): void {
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

function share(tally: Tally, key: string): number {
  const sum = [...tally.values()].reduce((a, b) => a + b, 0);
  return (tally.get(key) ?? 0) / sum;
}

function inspect(session: Session): void {
  const centre = centreById.get(session.centreId);
  if (!centre) return void strays.push(`unknown centre ${session.centreId}`);
  const codes = new Set(starterCatalogueFor(centre.centre.country).map((s) => s.code));
  for (const entry of session.services) {
    if (!codes.has(entry.serviceCode)) strays.push(`${entry.serviceCode} at ${centre.code}`);
    add(tallies.outcome, entry.outcome);
  }
  if (!centre.volunteerIds.includes(session.volunteerId)) strays.push(`volunteer of ${session.id}`);
  if (!centre.deviceIds.includes(session.deviceId)) strays.push(`device of ${session.id}`);
  if (session.channel === 'mobile_point' && !session.locationLabel) strays.push(`no location on ${session.id}`);
  if (session.notes) notes.add(session.notes);
  const month = session.occurredAt.slice(5, 7);
  add(sessionsByMonth, month);
  if (session.services.some((s) => /^[A-Z]{2}-TAX-/.test(s.serviceCode))) add(taxByMonth, month);
  add(tallies.age, session.ageBand);
  add(tallies.gender, session.gender);
  add(tallies.channel, session.channel);
  add(tallies.weekday, String(weekdayOf(dayNumber(session.occurredAt.slice(0, 10)))));
}

beforeAll(() => {
  for (const session of generateSessions(network, year)) {
    if (total % 13 === 0) sample.push(session);
    inspect(session);
    total++;
  }
});

describe('a year of the demo network', () => {
  it('is in the order of 150,000–400,000 sessions, as countSessions says', () => {
    expect(total).toBeGreaterThan(150_000);
    expect(total).toBeLessThan(400_000);
    expect(countSessions(network, year)).toBe(total);
  });

  it('passes sessionSchema for a sample of 20,000 across the year', () => {
    expect(sample.length).toBeGreaterThanOrEqual(20_000);
    const invalid = sample.filter((s) => !sessionSchema.safeParse(s).success);
    expect(invalid).toEqual([]);
  });

  it('uses only the services of the centre’s country and the centre’s own people and tablets', () => {
    expect(strays.slice(0, 5)).toEqual([]);
  });

  it('has a realistic mix of outcomes, ages, genders and channels', () => {
    expect(share(tallies.outcome, 'completed')).toBeGreaterThan(0.55);
    expect(share(tallies.outcome, 'completed')).toBeLessThan(0.85);
    expect(share(tallies.age, '65_plus')).toBeGreaterThan(0.1);
    expect(share(tallies.gender, 'female')).toBeGreaterThan(share(tallies.gender, 'male'));
    expect(share(tallies.channel, 'walk_in')).toBeGreaterThan(0.6);
    expect(share(tallies.channel, 'mobile_point')).toBeGreaterThan(0);
  });

  it('is much quieter at weekends and has a tax season in spring', () => {
    const weekdayMean = ['1', '2', '3', '4', '5'].reduce((sum, d) => sum + (tallies.weekday.get(d) ?? 0), 0) / 5;
    expect(tallies.weekday.get('0') ?? 0).toBe(0);
    expect(tallies.weekday.get('6') ?? 0).toBeLessThan(weekdayMean * 0.35);
    const taxShare = (month: string): number => (taxByMonth.get(month) ?? 0) / (sessionsByMonth.get(month) ?? 1);
    expect(taxShare('03')).toBeGreaterThan(taxShare('08') * 3);
  });

  it('keeps notes rare and generic: no digits, nothing that could be a name or number', () => {
    expect(notes.size).toBeGreaterThan(5);
    for (const note of notes) expect(note).not.toMatch(/\d|@/);
  });
});
