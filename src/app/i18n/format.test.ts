import { expect, it } from 'vitest';
import { formatDate, formatMinutes, formatNumber, formatTime } from './format';

it('formats in each language with that language’s own formatter, also after another was used', () => {
  const day = new Date(2026, 10, 21, 9, 5);
  const english = formatDate(day, 'en');
  const cyrillic = formatDate(day, 'sr-Cyrl');
  expect(english).toMatch(/November/);
  expect(cyrillic).not.toBe(english);
  expect(formatDate(day, 'en')).toBe(english); // the cached English one, not the last made
  expect(formatTime(day, 'en')).toMatch(/09:05|9:05/);
  expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  expect(formatNumber(1234.5, 'sr-Latn')).not.toBe('1,234.5');
  expect(formatMinutes(5, 'en')).toMatch(/5\s?min/);
});
