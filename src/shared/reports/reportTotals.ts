// The headline numbers of a report and their week-on-week change. Each one is a quantity of the tables,
// named the same way, so disclosure control hides a headline number exactly when the tables hide it.
import type { ReportCounts } from './reportCounts';
import { HIDDEN, quantityKey, sum, type Cell } from './reportTable';

export const TOTAL_KEYS = {
  sessions: quantityKey('sessions', []),
  services: quantityKey('services', []),
  servicesCompleted: quantityKey('services', [['outcome', 'completed']]),
  firstVisits: quantityKey('sessions', [['firstVisit', 'yes']]),
} as const;
export type TotalName = keyof typeof TOTAL_KEYS;
export const TOTAL_NAMES = Object.keys(TOTAL_KEYS) as TotalName[];

/** Raw totals are numbers; suppressed totals may be hidden. */
export type ReportTotals<C extends Cell = number> = Record<TotalName, C>;

/** percent is null when the previous week had none or either week is hidden. */
export type TotalChange = { current: Cell; previous: Cell; delta: Cell; percent: number | null };

export function totalsOf(counts: ReportCounts): ReportTotals {
  return {
    sessions: sum(Object.values(counts.byDay)),
    services: sum(Object.values(counts.byService)),
    servicesCompleted: counts.byOutcome.completed ?? 0,
    firstVisits: counts.byFirstVisit.yes ?? 0,
  };
}

/** Change of the headline numbers against the previous period (raw or suppressed reports alike). */
export function compareToPrevious(
  current: { totals: ReportTotals<Cell> },
  previous: { totals: ReportTotals<Cell> },
): Record<TotalName, TotalChange> {
  const change = (name: TotalName): TotalChange => {
    const now = current.totals[name];
    const before = previous.totals[name];
    // A change computed from a hidden number would give the hidden number back.
    if (typeof now !== 'number' || typeof before !== 'number') {
      return { current: now, previous: before, delta: HIDDEN, percent: null };
    }
    const percent = before === 0 ? null : Math.round(((now - before) / before) * 1000) / 10;
    return { current: now, previous: before, delta: now - before, percent };
  };
  return Object.fromEntries(TOTAL_NAMES.map((name) => [name, change(name)])) as Record<TotalName, TotalChange>;
}
