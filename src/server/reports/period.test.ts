import { describe, expect, it } from 'vitest';
import { HttpError } from '../http/httpError';
import { MAX_RANGE_DAYS, periodLabel, previousPeriod, resolvePeriod, type PeriodQuery } from './period';

const NOW = new Date('2026-11-23T00:30:00Z'); // Monday 01:30 in Tirana, still Sunday 19:30 in New York

describe('resolvePeriod', () => {
  it.each<[string, PeriodQuery, string[], object]>([
    ['a week', { week: '2026-W47' }, [], { range: { start: '2026-11-16', end: '2026-11-22' }, week: '2026-W47' }],
    [
      'week 53 where the year has one',
      { week: '2026-W53' },
      [],
      { range: { start: '2026-12-28', end: '2027-01-03' }, week: '2026-W53' },
    ],
    [
      'a date range',
      { from: '2026-01-01', to: '2026-03-31' },
      [],
      { range: { start: '2026-01-01', end: '2026-03-31' }, week: null },
    ],
    [
      'one day',
      { from: '2026-02-28', to: '2026-02-28' },
      [],
      { range: { start: '2026-02-28', end: '2026-02-28' }, week: null },
    ],
    [
      'two years exactly',
      { from: '2025-01-01', to: '2026-12-31' },
      [],
      { range: { start: '2025-01-01', end: '2026-12-31' }, week: null },
    ],
    ['the last complete week in Tirana', {}, ['Europe/Tirane'], { week: '2026-W47' }],
    ['the last complete week everywhere', {}, ['Europe/Tirane', 'America/New_York'], { week: '2026-W46' }],
    ['no centre: UTC', {}, [], { week: '2026-W47' }],
  ])('%s', (_title, query, zones, expected) => {
    expect(resolvePeriod(query, zones, NOW)).toMatchObject(expected);
  });

  it.each<[string, PeriodQuery, string]>([
    ['a bad week', { week: '2026-W54' }, 'INVALID_WEEK'],
    ['week 53 of a 52-week year', { week: '2025-W53' }, 'INVALID_WEEK'],
    ['a week and dates', { week: '2026-W47', from: '2026-01-01', to: '2026-01-02' }, 'INVALID_PERIOD'],
    ['only to', { to: '2026-01-02' }, 'INVALID_PERIOD'],
    ['a reversed range', { from: '2026-01-02', to: '2026-01-01' }, 'INVALID_PERIOD'],
    ['an impossible date', { from: '2026-02-29', to: '2026-03-01' }, 'INVALID_DATE'],
    ['a ten-year range', { from: '2016-01-01', to: '2025-12-31' }, 'RANGE_TOO_LONG'],
    ['one day more than two years', { from: '2024-01-01', to: '2026-01-01' }, 'RANGE_TOO_LONG'],
  ])('refuses %s with %s', (_title, query, code) => {
    let error: unknown;
    try {
      resolvePeriod(query, [], NOW);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ statusCode: 400, code });
  });

  it('allows at most two years', () => {
    expect(MAX_RANGE_DAYS).toBe(731);
  });
});

describe('previousPeriod', () => {
  it.each([
    [
      { range: { start: '2026-01-05', end: '2026-01-11' }, week: '2026-W02' },
      { start: '2025-12-29', end: '2026-01-04' },
    ],
    [
      { range: { start: '2026-03-01', end: '2026-03-31' }, week: null },
      { start: '2026-01-29', end: '2026-02-28' },
    ],
    [{ range: { start: '2000-01-03', end: '2000-01-09' }, week: '2000-W01' }, undefined],
  ])('%j → %j', (period, expected) => {
    expect(previousPeriod(period)).toEqual(expected);
  });

  it('labels a week by its name and a range by its dates', () => {
    expect(periodLabel({ range: { start: '2026-01-05', end: '2026-01-11' }, week: '2026-W02' })).toBe('2026-W02');
    expect(periodLabel({ range: { start: '2026-01-01', end: '2026-03-31' }, week: null })).toBe(
      '2026-01-01_2026-03-31',
    );
  });
});
