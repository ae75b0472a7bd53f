// The frame of one centre's day: opening hours, arrival times, who is on shift, where a mobile team stands.
import { dayString, monthOf, weekdayOf } from './calendar';
import type { DemoCentre } from './network';
import { createRng, seedFrom, weightedTable, type Rng, type WeightedTable } from './random';
import { tourStop, type TourStop } from './volume';
import { formatOffset, offsetOfLocalTime } from './zoneOffset';

export type Shift = { volunteerId: string; deviceId: string };

export type DayPlan = {
  date: string;
  month: number;
  /** Minutes east of UTC for the whole day: desks open long after a 02:00/03:00 DST switch. */
  offsetMin: number;
  offset: string;
  /** Arrival minutes after local midnight, ascending, one per session. */
  minutes: number[];
  shift: Shift[];
  stop: TourStop | null;
  isOutageDay: boolean;
};

// Morning peak at the desk; Saturday is a short morning; mobile teams arrive mid-morning.
const WEEKDAY_HOURS = weightedTable<number>([
  [8, 0.9],
  [9, 1.3],
  [10, 1.4],
  [11, 1.3],
  [12, 1.0],
  [13, 0.8],
  [14, 0.8],
  [15, 0.6],
]);
const SATURDAY_HOURS = weightedTable<number>([
  [9, 1],
  [10, 1.2],
  [11, 1.1],
  [12, 0.7],
]);
const MOBILE_HOURS = weightedTable<number>([
  [10, 1.3],
  [11, 1.4],
  [12, 1.1],
  [13, 1],
  [14, 0.7],
]);

/** A national portal is down now and then for the whole country. */
export function isOutageDay(seed: number, country: string, day: number): boolean {
  return createRng(seedFrom(seed, country, 'outage', day)).chance(0.025);
}

export function planDay(rng: Rng, centre: DemoCentre, seed: number, day: number, count: number): DayPlan {
  const date = dayString(day);
  const isMobile = centre.centre.kind === 'mobile';
  const hours: WeightedTable<number> = isMobile ? MOBILE_HOURS : weekdayOf(day) === 6 ? SATURDAY_HOURS : WEEKDAY_HOURS;
  const minutes = new Array<number>(count);
  for (let i = 0; i < count; i++) minutes[i] = rng.weighted(hours) * 60 + rng.int(0, 59);
  minutes.sort((a, b) => a - b);
  const offsetMin = offsetOfLocalTime(centre.centre.timeZone, date, 12 * 60);
  return {
    date,
    month: monthOf(day),
    offsetMin,
    offset: formatOffset(offsetMin),
    minutes,
    shift: drawShift(rng, centre, count),
    stop: isMobile ? tourStop(centre, seed, day) : null,
    isOutageDay: isOutageDay(seed, centre.centre.country, day),
  };
}

/** Two volunteers on a quiet day, more when it is busy; each works on one of the centre's tablets. */
function drawShift(rng: Rng, centre: DemoCentre, count: number): Shift[] {
  const pool = [...centre.volunteerIds];
  const size = Math.min(pool.length, 2 + Math.floor(count / 35));
  const shift: Shift[] = [];
  for (let i = 0; i < size; i++) {
    const j = rng.int(i, pool.length - 1);
    const volunteerId = pool[j] as string;
    pool[j] = pool[i] as string;
    pool[i] = volunteerId;
    shift.push({ volunteerId, deviceId: centre.deviceIds[i % centre.deviceIds.length] as string });
  }
  return shift;
}
