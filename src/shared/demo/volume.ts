// How many sessions a centre logs on a day, and where a mobile team is. Each (centre, day) draws from its own
// seeded stream, so a day's sessions never depend on the range asked for and counting needs no generation.
import { dayNumber, isHoliday, monthOf, seasonalFactor, weekdayFactor, weekdayOf, weekIndexOf } from './calendar';
import type { DemoCentre, DemoNetwork } from './network';
import { createRng, seedFrom } from './random';

export type GenerateOptions = {
  seed: number;
  /** First local day, "YYYY-MM-DD", included. */
  from: string;
  /** Last local day, "YYYY-MM-DD", included. */
  to: string;
  /** Multiplies every centre's volume; 1 by default. */
  scale?: number;
};

/** Where a mobile team works on a day: a listed mobile point, or a place recorded by label only. */
export type TourStop = { locationId?: string; label: string };

export function dayRange(options: GenerateOptions): { first: number; last: number; scale: number } {
  const first = dayNumber(options.from);
  const last = dayNumber(options.to);
  const scale = options.scale ?? 1;
  if (last < first) throw new Error(`"to" (${options.to}) is before "from" (${options.from})`);
  if (!(scale >= 0) || !Number.isFinite(scale)) throw new Error(`scale must be a finite number ≥ 0, got ${scale}`);
  return { first, last, scale };
}

/** Mobile teams tour in bursts: most weeks one run of 2–4 consecutive working days, one village a day. */
export function tourStop(centre: DemoCentre, seed: number, day: number): TourStop | null {
  const week = weekIndexOf(day);
  const rng = createRng(seedFrom(seed, centre.centre.id, 'tour', week));
  if (!rng.chance(0.7)) return null;
  const start = rng.int(1, 3);
  const length = rng.int(2, 4);
  const weekday = weekdayOf(day);
  let stop: TourStop | null = null;
  for (let d = start; d < start + length && d <= 6; d++) {
    const useAdHoc = centre.adHocPlaces.length > 0 && rng.chance(0.2);
    const location = useAdHoc ? undefined : rng.pick(centre.locations);
    const candidate = location
      ? { locationId: location.id, label: location.label }
      : { label: rng.pick(centre.adHocPlaces) };
    if (d === weekday) stop = candidate;
  }
  return stop;
}

/** The mean number of sessions before noise: busyness × weekday × season, zero on holidays and Sundays. */
export function expectedSessions(centre: DemoCentre, seed: number, day: number): number {
  if (isHoliday(centre.centre.country, day)) return 0;
  const month = monthOf(day);
  if (centre.centre.kind === 'mobile') {
    if (tourStop(centre, seed, day) === null) return 0;
    // Winter roads and August harvest thin the village turnout.
    const weather = month === 12 || month <= 2 ? 0.6 : month === 8 ? 0.8 : 1;
    return centre.busyness * weather;
  }
  return centre.busyness * weekdayFactor(weekdayOf(day)) * seasonalFactor(month);
}

/** The exact number of sessions `generateSessions` yields for this centre and day. */
export function sessionsOnDay(centre: DemoCentre, seed: number, day: number, scale: number): number {
  const mean = expectedSessions(centre, seed, day) * scale;
  if (mean <= 0) return 0;
  const rng = createRng(seedFrom(seed, centre.centre.id, 'count', day));
  if (rng.chance(0.01)) return 0; // a training day, a power cut, the volunteer is ill
  return Math.max(0, Math.round(rng.normal(mean, Math.sqrt(mean) * 1.3 + mean * 0.08)));
}

/** How many sessions `generateSessions(network, options)` will yield, exactly; cheap enough for progress bars. */
export function countSessions(network: DemoNetwork, options: GenerateOptions): number {
  const { first, last, scale } = dayRange(options);
  let total = 0;
  for (let day = first; day <= last; day++) {
    for (const centre of network.centres) total += sessionsOnDay(centre, options.seed, day, scale);
  }
  return total;
}
