// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01): no Date, no time zone,
// because report days are the local dates written in the sessions.

/** Inclusive range of local calendar dates, both "YYYY-MM-DD". */
export type LocalDateRange = { start: string; end: string };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Every local date of an inclusive range, in order. */
export function datesBetween(range: LocalDateRange): string[] {
  const dates: string[] = [];
  for (let n = dayNumber(range.start); n <= dayNumber(range.end); n++) dates.push(formatDate(n));
  return dates;
}

/** True for a real calendar date "YYYY-MM-DD" (no 2026-02-30). */
export function isLocalDate(date: string): boolean {
  const match = DATE_PATTERN.exec(date);
  return match !== null && formatDate(daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]))) === date;
}

/** Days since 1970-01-01 of a validated "YYYY-MM-DD". */
export function dayNumber(date: string): number {
  if (!isLocalDate(date)) throw new RangeError(`invalid_date: "${date}" is not a calendar date YYYY-MM-DD`);
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
export function weekdayIndex(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for every proleptic Gregorian date.
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(n: number): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

export function formatDate(n: number): string {
  const { year, month, day } = civilFromDays(n);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
