import {
  quantityKey,
  twoWayTable,
  type Dimension,
  type ReportCounts,
  type ReportLink,
  type ReportTable,
  type Universe,
} from '../../../shared/reports';
import {
  AGE_BANDS,
  FIRST_VISIT,
  GENDERS,
  GROUPS,
  OUTCOMES,
  SENSITIVE_GROUPS,
} from '../../../shared/schemas/vocabulary';
import type { CrossCounts, IndicatorCounts, ProfileDim } from '../types';

/*
 * The cross-tables behind the donor indicators, named with the same quantity keys as the report's own
 * tables (a gender's sessions here ARE the gender row of sessions by gender and age), so they go into the
 * SAME suppressTables call as the report: one linear system, nothing derivable across them. Group rows
 * overlap (a session can be in two groups), so a group table is not additive; its rows still sum
 * across their columns, which the links say.
 */
export const INDICATOR_TABLE_IDS = {
  firstVisit: {
    gender: 'sessions_by_gender_first_visit',
    ageBand: 'sessions_by_age_first_visit',
    group: 'sessions_by_group_first_visit',
  },
  outcome: {
    gender: 'services_by_gender_outcome',
    ageBand: 'services_by_age_outcome',
    group: 'services_by_group_outcome',
  },
} as const satisfies Record<string, Record<ProfileDim, string>>;

const ROWS: Record<ProfileDim, readonly string[]> = { gender: GENDERS, ageBand: AGE_BANDS, group: GROUPS };

export function indicatorTables(
  counts: IndicatorCounts,
  report: ReportCounts,
): { tables: ReportTable[]; links: ReportLink[] } {
  const tables: ReportTable[] = [];
  const links: ReportLink[] = [];
  const dims: ProfileDim[] = ['gender', 'ageBand', 'group'];
  for (const dim of dims) {
    const fv = crossTable(
      INDICATOR_TABLE_IDS.firstVisit[dim],
      'sessions',
      dim,
      'firstVisit',
      FIRST_VISIT,
      counts.firstVisitBy[dim],
      report.byFirstVisit,
    );
    const oc = crossTable(
      INDICATOR_TABLE_IDS.outcome[dim],
      'services',
      dim,
      'outcome',
      OUTCOMES,
      counts.outcomeBy[dim],
      report.byOutcome,
    );
    tables.push(fv.table, oc.table);
    links.push(...fv.links, ...oc.links);
  }
  return { tables, links };
}

function crossTable(
  id: string,
  universe: Universe,
  rowDim: ProfileDim,
  colDim: Dimension,
  cols: readonly string[],
  counts: CrossCounts,
  columnTotals: Readonly<Partial<Record<string, number>>>,
): { table: ReportTable; links: ReportLink[] } {
  const head = { id, titleKey: `reports.table.${id}`, universe, rowDim, colDim, additive: true, sensitive: false };
  const count = (row: string, col: string) => counts[row]?.[col] ?? 0;
  const table = twoWayTable(head, ROWS[rowDim], cols, count);
  if (rowDim !== 'group') return { table, links: [] };
  // Overlapping rows: the column totals and the grand total are those of all sessions, not sums of rows.
  const colTotals = cols.map((col) => columnTotals[col] ?? 0);
  const grandTotal = colTotals.reduce((a, b) => a + b, 0);
  const links = table.rows.map((row) => ({
    total: quantityKey(universe, [[rowDim, row]]),
    parts: cols.map((col) =>
      quantityKey(universe, [
        [rowDim, row],
        [colDim, col],
      ]),
    ),
  }));
  const groupHead = {
    additive: false,
    sensitive: GROUPS.some((g) => SENSITIVE_GROUPS.includes(g)),
    noteKey: 'reports.note.groups_not_additive',
  };
  return { table: { ...table, ...groupHead, colTotals, grandTotal }, links };
}
