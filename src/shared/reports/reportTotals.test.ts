import { describe, expect, it } from 'vitest';
import { compareToPrevious } from './reportTotals';

describe('compareToPrevious', () => {
  it('gives the change of each total, and hides a change when either week is hidden', () => {
    const now = {
      totals: { sessions: 30, services: 40, servicesCompleted: 20, firstVisits: { hidden: true } as const },
    };
    const before = { totals: { sessions: 24, services: 0, servicesCompleted: 25, firstVisits: 12 } };
    expect(compareToPrevious(now, before)).toEqual({
      sessions: { current: 30, previous: 24, delta: 6, percent: 25 },
      services: { current: 40, previous: 0, delta: 40, percent: null },
      servicesCompleted: { current: 20, previous: 25, delta: -5, percent: -20 },
      firstVisits: { current: { hidden: true }, previous: 12, delta: { hidden: true }, percent: null },
    });
  });

  it('rounds the percentage to one decimal', () => {
    const totals = (sessions: number) => ({ totals: { sessions, services: 3, servicesCompleted: 3, firstVisits: 3 } });
    expect(compareToPrevious(totals(10), totals(3)).sessions.percent).toBe(233.3);
  });
});
