// ISO-8601 weeks (Monday..Sunday, week 1 holds the year's first Thursday) for weekly donor reports.
// Calendar arithmetic is plain integer maths on day numbers: a week's dates are the same in every time
// zone, so Intl is used only to find which local day an instant (such as "now") falls on.
import { localDayOf } from '../localDateTime';
import { civilFromDays, dayNumber, daysFromCivil, formatDate, weekdayIndex, type LocalDateRange } from './calendar';

export type IsoWeekErrorCode =
  'iso_week_format' | 'iso_week_year_range' | 'iso_week_number_range' | 'iso_week_53_absent';
export type IsoWeekParts = { year: number; week: number };
export type IsoWeekParse = { ok: true; value: IsoWeekParts } | { ok: false; code: IsoWeekErrorCode };

/** Reports cover these years; anything else is a typo or a device clock gone wrong. */
export const MIN_REPORT_YEAR = 2000;
export const MAX_REPORT_YEAR = 2100;

const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/**
 * The ISO week of a local date-time as written ("2026-11-20T23:30:00+01:00" → its first 10 characters),
 * or of an instant (a Date) as seen on the wall clock in `timeZone`.
 * A session's occurredAt is NOT converted: a session logged at 23:30 local time belongs to that local day
 * (and week) even though it is already the next day in UTC; a string is read as written, `timeZone` unused.
 */
export function isoWeekOf(instant: Date | string, timeZone: string): string {
  const day = typeof instant === 'string' ? localDayOf(instant) : localDateIn(instant, timeZone);
  return isoWeekOfDate(day);
}

/** The ISO week of a local calendar date "YYYY-MM-DD". */
export function isoWeekOfDate(date: string): string {
  const n = dayNumber(date);
  const thursday = n - weekdayIndex(n) + 3; // the week belongs to the year of its Thursday
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return formatIsoWeek(year, week);
}

/** Validates "YYYY-Www" for a report: format, year 2000–2100, week 1..52 or 53 where the year has one. */
export function parseIsoWeek(s: string): IsoWeekParse {
  const match = WEEK_PATTERN.exec(s);
  if (!match) return { ok: false, code: 'iso_week_format' };
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < MIN_REPORT_YEAR || year > MAX_REPORT_YEAR) return { ok: false, code: 'iso_week_year_range' };
  if (week < 1 || week > 53) return { ok: false, code: 'iso_week_number_range' };
  if (week > weeksInYear(year)) return { ok: false, code: 'iso_week_53_absent' };
  return { ok: true, value: { year, week } };
}

/** Like parseIsoWeek, for callers whose input was already validated: a bad week is a bug, so it throws. */
export function requireIsoWeek(s: string): IsoWeekParts {
  const parsed = parseIsoWeek(s);
  if (!parsed.ok) throw new RangeError(`${parsed.code}: "${s}" is not a reportable ISO week`);
  return parsed.value;
}

/** 52 or 53: a year has 53 weeks when its 28 December (always in the last week) falls in week 53. */
export function weeksInYear(year: number): number {
  const dec28 = daysFromCivil(year, 12, 28);
  const thursday = dec28 - weekdayIndex(dec28) + 3;
  return Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
}

/** Monday..Sunday of the week as local dates; the server filters on substr(occurred_at, 1, 10) between them. */
export function weekRange(week: string): LocalDateRange {
  const monday = mondayOf(requireIsoWeek(week));
  return { start: formatDate(monday), end: formatDate(monday + 6) };
}

/** The last week that has fully ended on the wall clock in `timeZone` (the week a weekly export is for). */
export function lastCompleteWeek(now: Date, timeZone: string): string {
  return previousWeek(isoWeekOfDate(localDateIn(now, timeZone)));
}

export function previousWeek(week: string): string {
  return shiftWeek(week, -1);
}

/** All weeks from `from` to `to`, both included, oldest first; empty when `to` is before `from`. */
export function weeksBetween(from: string, to: string): string[] {
  const first = mondayOf(requireIsoWeek(from));
  const last = mondayOf(requireIsoWeek(to));
  const weeks: string[] = [];
  for (let monday = first; monday <= last; monday += 7) weeks.push(isoWeekOfDate(formatDate(monday)));
  return weeks;
}

function shiftWeek(week: string, by: number): string {
  const shifted = isoWeekOfDate(formatDate(mondayOf(requireIsoWeek(week)) + 7 * by));
  requireIsoWeek(shifted); // stepping out of 2000–2100 is an error, not a silent wrap
  return shifted;
}

function mondayOf({ year, week }: IsoWeekParts): number {
  const jan4 = daysFromCivil(year, 1, 4); // 4 January is always in week 1
  return jan4 - weekdayIndex(jan4) + 7 * (week - 1);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock date of an instant in an IANA zone; the one place a time zone is needed. */
function localDateIn(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('invalid_instant: the date is not a valid instant');
  let format = dateFormats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      throw new RangeError(`invalid_time_zone: "${timeZone}" is not an IANA time zone`);
    }
    dateFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

function formatIsoWeek(year: number, week: number): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}
