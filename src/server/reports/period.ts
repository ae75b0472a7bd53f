import {
  isLocalDate,
  lastCompleteWeek,
  parseIsoWeek,
  previousWeek,
  weekRange,
  type IsoWeekErrorCode,
  type LocalDateRange,
} from '../../shared/reports';
import { dayNumber, formatDate } from '../../shared/reports/calendar';
import { HttpError } from '../http/httpError';

/** A report's period: an ISO week, or any range of local dates up to MAX_RANGE_DAYS. */
export type ReportPeriod = { range: LocalDateRange; week: string | null };
export type PeriodQuery = { week?: string | undefined; from?: string | undefined; to?: string | undefined };

/**
 * Longer ranges are refused rather than streamed: the SQL aggregates any range in one pass, but a donor
 * report over years is read week by week, and one table of 3,650 days helps nobody. Ask per year instead.
 */
export const MAX_RANGE_DAYS = 731;

const WEEK_MESSAGES: Record<IsoWeekErrorCode, string> = {
  iso_week_format: 'Write the week as YYYY-Www, e.g. 2026-W47',
  iso_week_year_range: 'The year must be between 2000 and 2100',
  iso_week_number_range: 'The week number must be 01..53',
  iso_week_53_absent: 'That year has only 52 ISO weeks',
};

function invalid(code: string, message: string, details?: unknown): HttpError {
  return new HttpError(400, code, message, details);
}

/** Validates an ISO week string (400 INVALID_WEEK with the reason otherwise). */
export function requireWeek(week: string): string {
  const parsed = parseIsoWeek(week);
  if (!parsed.ok)
    throw invalid('INVALID_WEEK', `"${week.slice(0, 20)}" is not an ISO week: ${WEEK_MESSAGES[parsed.code]}`, {
      reason: parsed.code,
    });
  return week;
}

/**
 * week=YYYY-Www, or from/to (both, inclusive), or nothing: the last week that has ended everywhere in
 * `timeZones` (the scope's centres; a network across zones waits for its westernmost centre).
 */
export function resolvePeriod(query: PeriodQuery, timeZones: readonly string[], now: Date): ReportPeriod {
  const { week, from, to } = query;
  if (week !== undefined && (from !== undefined || to !== undefined))
    throw invalid('INVALID_PERIOD', 'Ask for a week or for from/to, not both');
  if (week !== undefined) return { range: weekRange(requireWeek(week)), week };
  if (from !== undefined || to !== undefined) {
    if (from === undefined || to === undefined)
      throw invalid('INVALID_PERIOD', 'A date range needs both from and to (YYYY-MM-DD)');
    for (const [name, date] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!isLocalDate(date))
        throw invalid('INVALID_DATE', `${name} is not a calendar date YYYY-MM-DD`, { field: name });
    }
    const days = dayNumber(to) - dayNumber(from) + 1;
    if (days < 1) throw invalid('INVALID_PERIOD', 'to is before from');
    if (days > MAX_RANGE_DAYS) {
      throw invalid(
        'RANGE_TOO_LONG',
        `A report covers at most ${MAX_RANGE_DAYS} days (two years); this range has ${days}. Export one year at a time.`,
        { days, maxDays: MAX_RANGE_DAYS },
      );
    }
    return { range: { start: from, end: to }, week: null };
  }
  const zones = timeZones.length > 0 ? timeZones : ['UTC'];
  const weeks = zones.map((zone) => lastCompleteWeek(now, zone)).sort();
  const oldest = weeks[0] as string;
  return { range: weekRange(oldest), week: oldest };
}

/** The period before, of the same length (the previous ISO week for a week); none before the year 2000. */
export function previousPeriod(period: ReportPeriod): LocalDateRange | undefined {
  try {
    if (period.week) return weekRange(previousWeek(period.week));
    const start = dayNumber(period.range.start);
    const length = dayNumber(period.range.end) - start + 1;
    return { start: formatDate(start - length), end: formatDate(start - 1) };
  } catch {
    return undefined;
  }
}

export function periodLabel(period: ReportPeriod): string {
  return period.week ?? `${period.range.start}_${period.range.end}`;
}
