import { describe, expect, it } from 'vitest';
import { dayNumber, dayString, isHoliday, weekdayOf } from './calendar';
import { formatOffset, offsetOfLocalTime } from './zoneOffset';

describe('offsetOfLocalTime', () => {
  it.each([
    ['Europe/Tirane', '2026-03-28', '12:00', 60],
    ['Europe/Tirane', '2026-03-29', '01:30', 60],
    ['Europe/Tirane', '2026-03-29', '03:30', 120],
    ['Europe/Tirane', '2026-03-29', '10:00', 120],
    ['Europe/Tirane', '2026-10-24', '12:00', 120],
    ['Europe/Tirane', '2026-10-25', '01:00', 120],
    ['Europe/Tirane', '2026-10-25', '10:00', 60],
    ['Europe/Belgrade', '2026-07-01', '09:00', 120],
    ['Europe/Skopje', '2026-01-15', '09:00', 60],
    ['Europe/Podgorica', '2026-03-30', '08:00', 120],
    ['UTC', '2026-06-01', '12:00', 0],
    ['America/St_Johns', '2026-01-10', '12:00', -210],
  ])('%s on %s at %s is %i minutes east of UTC', (zone, date, time, expected) => {
    const [h, m] = time.split(':').map(Number);
    expect(offsetOfLocalTime(zone, date, (h ?? 0) * 60 + (m ?? 0))).toBe(expected);
  });
});

describe('formatOffset', () => {
  it.each([
    [60, '+01:00'],
    [120, '+02:00'],
    [0, '+00:00'],
    [-210, '-03:30'],
  ])('%i → %s', (minutes, text) => {
    expect(formatOffset(minutes)).toBe(text);
  });
});

describe('calendar', () => {
  it('round-trips dates and knows the weekday', () => {
    expect(dayString(dayNumber('2026-03-29'))).toBe('2026-03-29');
    expect(weekdayOf(dayNumber('2026-03-29'))).toBe(0);
    expect(weekdayOf(dayNumber('2026-03-30'))).toBe(1);
    expect(weekdayOf(dayNumber('1969-12-28'))).toBe(0);
  });

  it('rejects dates that do not exist', () => {
    expect(() => dayNumber('2026-02-30')).toThrow(/No such date/);
    expect(() => dayNumber('26-1-1')).toThrow(/YYYY-MM-DD/);
  });

  it('closes desks on national holidays', () => {
    expect(isHoliday('AL', dayNumber('2026-11-28'))).toBe(true);
    expect(isHoliday('RS', dayNumber('2026-11-28'))).toBe(false);
  });
});
