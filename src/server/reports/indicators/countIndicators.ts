import type { ReportableSession } from '../../../shared/reports';
import type { IndicatorCounts, ProfileDim } from '../types';

type Mutable = Record<string, Record<string, number>>;

/** The TypeScript twin of queryIndicators: the same cross-tabulations from sessions already filtered. */
export function countIndicators(sessions: readonly ReportableSession[]): IndicatorCounts {
  const make = (): Record<ProfileDim, Mutable> => ({ gender: {}, ageBand: {}, group: {} });
  const firstVisitBy = make();
  const outcomeBy = make();
  const add = (into: Mutable, row: string, col: string) => {
    const r = (into[row] ??= {});
    r[col] = (r[col] ?? 0) + 1;
  };
  for (const s of sessions) {
    const rows: [ProfileDim, string][] = [
      ['gender', s.gender],
      ['ageBand', s.ageBand],
      ...s.groups.map((g): [ProfileDim, string] => ['group', g]),
    ];
    for (const [dim, code] of rows) {
      add(firstVisitBy[dim], code, s.firstVisit);
      for (const service of s.services) add(outcomeBy[dim], code, service.outcome);
    }
  }
  return { firstVisitBy, outcomeBy };
}
