import { describe, expect, it } from 'vitest';
import { datesBetween, isLocalDate } from './calendar';
import {
  isoWeekOf,
  isoWeekOfDate,
  lastCompleteWeek,
  parseIsoWeek,
  previousWeek,
  weekRange,
  weeksBetween,
  weeksInYear,
} from './isoWeek';

describe('isoWeekOfDate', () => {
  it.each([
    ['2026-11-16', '2026-W47'], // Monday
    ['2026-11-22', '2026-W47'], // Sunday
    ['2026-11-23', '2026-W48'],
    ['2026-01-01', '2026-W01'], // a Thursday: week 1
    ['2026-12-31', '2026-W53'], // 2026 starts on a Thursday: 53 weeks
    ['2027-01-01', '2026-W53'], // a Friday still in the previous year's last week
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2020-12-31', '2020-W53'], // leap year starting on a Wednesday
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2024-12-30', '2025-W01'], // a Monday in December already in next year's week 1
    ['2024-02-29', '2024-W09'],
    ['2000-01-01', '1999-W52'],
  ])('%s → %s', (date, week) => {
    expect(isoWeekOfDate(date)).toBe(week);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-11-5', 'yesterday'])('rejects %s', (date) => {
    expect(() => isoWeekOfDate(date)).toThrow(/invalid_date/);
  });
});

describe('isoWeekOf', () => {
  it.each<[string, Date | string, string, string]>([
    ['a session at 23:30 local on Sunday stays in that week', '2026-11-22T23:30:00+01:00', 'Europe/Tirane', '2026-W47'],
    ['the same wall time written with another offset', '2026-11-22T23:30:00-05:00', 'Europe/Belgrade', '2026-W47'],
    ['a session just after midnight on Monday', '2026-11-23T00:05:00+01:00', 'UTC', '2026-W48'],
    ['an instant, Monday 00:30 in Tirana', new Date('2026-11-22T23:30:00Z'), 'Europe/Tirane', '2026-W48'],
    ['the same instant, still Sunday in UTC', new Date('2026-11-22T23:30:00Z'), 'UTC', '2026-W47'],
    ['an instant across the year boundary in Skopje', new Date('2026-12-31T23:30:00Z'), 'Europe/Skopje', '2026-W53'],
    ['summer time in Podgorica (UTC+2)', new Date('2026-06-28T22:30:00Z'), 'Europe/Podgorica', '2026-W27'],
  ])('%s', (_name, instant, timeZone, week) => {
    expect(isoWeekOf(instant, timeZone)).toBe(week);
  });

  it('rejects an unknown time zone and an invalid instant with a clear code', () => {
    expect(() => isoWeekOf(new Date('2026-11-20T10:00:00Z'), 'Europe/Atlantis')).toThrow(/invalid_time_zone/);
    expect(() => isoWeekOf(new Date('nope'), 'UTC')).toThrow(/invalid_instant/);
  });
});

describe('parseIsoWeek', () => {
  it.each([
    ['2026-W47', { ok: true, value: { year: 2026, week: 47 } }],
    ['2020-W53', { ok: true, value: { year: 2020, week: 53 } }],
    ['2026-W53', { ok: true, value: { year: 2026, week: 53 } }],
    ['2000-W01', { ok: true, value: { year: 2000, week: 1 } }],
    ['2100-W52', { ok: true, value: { year: 2100, week: 52 } }],
    ['2026-W54', { ok: false, code: 'iso_week_number_range' }],
    ['2026-W00', { ok: false, code: 'iso_week_number_range' }],
    ['2021-W53', { ok: false, code: 'iso_week_53_absent' }],
    ['2025-W53', { ok: false, code: 'iso_week_53_absent' }],
    ['1999-W10', { ok: false, code: 'iso_week_year_range' }],
    ['2101-W01', { ok: false, code: 'iso_week_year_range' }],
    ['2026-W7', { ok: false, code: 'iso_week_format' }],
    ['2026W47', { ok: false, code: 'iso_week_format' }],
    [' 2026-W47', { ok: false, code: 'iso_week_format' }],
  ])('%s', (s, expected) => {
    expect(parseIsoWeek(s)).toEqual(expected);
  });

  it('knows which years have 53 weeks', () => {
    const long = [2004, 2009, 2015, 2020, 2026, 2032, 2037];
    for (let year = 2000; year <= 2040; year++) expect(weeksInYear(year)).toBe(long.includes(year) ? 53 : 52);
  });
});

describe('week ranges and steps', () => {
  it.each([
    ['2026-W47', { start: '2026-11-16', end: '2026-11-22' }],
    ['2026-W53', { start: '2026-12-28', end: '2027-01-03' }],
    ['2020-W53', { start: '2020-12-28', end: '2021-01-03' }],
    ['2025-W01', { start: '2024-12-30', end: '2025-01-05' }],
  ])('weekRange(%s)', (week, range) => {
    expect(weekRange(week)).toEqual(range);
    expect(datesBetween(range)).toHaveLength(7);
  });

  it.each([
    ['2026-W47', '2026-W46'],
    ['2027-W01', '2026-W53'],
    ['2021-W01', '2020-W53'],
    ['2026-W01', '2025-W52'],
  ])('previousWeek(%s) → %s', (week, previous) => {
    expect(previousWeek(week)).toBe(previous);
  });

  it('refuses to step out of the reportable years or to take a bad week', () => {
    expect(() => previousWeek('2000-W01')).toThrow(/iso_week_year_range/);
    expect(() => weekRange('2021-W53')).toThrow(/iso_week_53_absent/);
  });

  it('lists the weeks between two weeks, both included', () => {
    expect(weeksBetween('2026-W52', '2027-W02')).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(weeksBetween('2026-W47', '2026-W47')).toEqual(['2026-W47']);
    expect(weeksBetween('2026-W48', '2026-W47')).toEqual([]);
    expect(weeksBetween('2000-W01', '2100-W52')).toHaveLength(5270);
  });

  it.each<[string, Date, string, string]>([
    [
      'Monday 00:30 in Belgrade: last week is complete',
      new Date('2026-11-22T23:30:00Z'),
      'Europe/Belgrade',
      '2026-W47',
    ],
    [
      'the same instant is Sunday in UTC: last week is the one before',
      new Date('2026-11-22T23:30:00Z'),
      'UTC',
      '2026-W46',
    ],
    ['New Year in Pristina', new Date('2027-01-01T12:00:00Z'), 'Europe/Belgrade', '2026-W52'],
    ['first Monday of 2027', new Date('2027-01-04T08:00:00Z'), 'Europe/Tirane', '2026-W53'],
  ])('lastCompleteWeek: %s', (_name, now, timeZone, week) => {
    expect(lastCompleteWeek(now, timeZone)).toBe(week);
  });

  it('validates local dates', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
  });
});
