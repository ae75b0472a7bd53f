import { describe, expect, it } from 'vitest';
import { HIDDEN } from '../../../shared/reports';
import { csvField } from './csv';

describe('csvField', () => {
  it.each([
    [12, '12'],
    [0, '0'],
    [null, ''],
    [HIDDEN, 'hidden'],
    [{ share: 0.8534 }, '85.3'],
    [{ share: 0 }, '0.0'],
    ['Shkodër', 'Shkodër'],
    ['Gjilan/Gnjilane, Kosovo', '"Gjilan/Gnjilane, Kosovo"'],
    ['He said "no"', '"He said ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+381 11', "'+381 11"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
  ] as const)('%j → %s', (value, text) => {
    expect(csvField(value, 'hidden')).toBe(text);
  });

  it('quotes a marker that needs it', () => {
    expect(csvField(HIDDEN, 'x, hidden')).toBe('"x, hidden"');
  });
});
