// Calendar arithmetic on local dates ("YYYY-MM-DD") as whole day numbers since 1970-01-01: no time zones here.
import type { Country } from '../schemas/vocabulary';

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new Error(`Expected a date YYYY-MM-DD, got "${date}"`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  if (dayString(ms / DAY_MS) !== date) throw new Error(`No such date: ${date}`);
  return ms / DAY_MS;
}

export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, like Date#getUTCDay (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** 1 … 12. */
export function monthOf(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth() + 1;
}

/** Monday-based week number since the epoch: the same for Monday … Sunday of one week. */
export function weekIndexOf(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** Fixed-date public holidays (MM-DD) when desks are closed; movable feasts are left out of the demo. */
const HOLIDAYS: Readonly<Record<Country, readonly string[]>> = {
  AL: ['01-01', '01-02', '03-14', '03-22', '05-01', '11-28', '11-29', '12-08', '12-25'],
  XK: ['01-01', '01-02', '01-07', '02-17', '04-09', '05-01', '05-09', '12-25'],
  MK: ['01-01', '01-07', '05-01', '05-24', '08-02', '09-08', '10-11', '10-23', '12-08'],
  ME: ['01-01', '01-02', '01-07', '05-01', '05-21', '05-22', '07-13', '07-14'],
  RS: ['01-01', '01-02', '01-07', '02-15', '02-16', '05-01', '05-02', '11-11'],
};

export function isHoliday(country: Country, day: number): boolean {
  return HOLIDAYS[country].includes(dayString(day).slice(5));
}

/** How busy desks are in each month (index 1 … 12): tax and subsidy season in spring, enrolment, a quiet August. */
const SEASON = [0, 0.9, 1.1, 1.25, 1.2, 1.0, 1.05, 0.8, 0.65, 1.15, 1.0, 0.95, 0.8] as const;

export function seasonalFactor(month: number): number {
  return SEASON[month] ?? 1;
}

/** Weekday factors, Sunday first: Mondays are busiest, Saturdays a short morning, Sundays closed. */
const WEEKDAY = [0, 1.15, 1.05, 1.0, 1.0, 0.85, 0.22] as const;

export function weekdayFactor(weekday: number): number {
  return WEEKDAY[weekday] ?? 0;
}
