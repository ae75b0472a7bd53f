import { HIDDEN, isHidden, type Cell, type SuppressedTable } from '../../../shared/reports';
import { OUTCOMES, type Outcome } from '../../../shared/schemas/vocabulary';
import { PROFILE_DIMS, type ProfileDim } from '../types';
import { INDICATOR_TABLE_IDS } from './indicatorTables';

/** One line of the donor sheet: everything for all sessions, or for one gender, age band or group. */
export type DonorRow = {
  dim: ProfileDim | 'all';
  code: string;
  sessions: Cell;
  firstVisits: Cell;
  services: Cell;
  outcomes: Record<Outcome, Cell>;
  /** Share of the services (0..1); hidden when a number it comes from is hidden, null when there were none. */
  rates: Record<Outcome, Cell | null>;
};

/**
 * The donor indicators, read ONLY from suppressed tables: every number is a published (or hidden) number
 * of the export, and a rate is a ratio of two published numbers, hidden if either is. So no indicator can
 * reveal a hidden cell: it carries nothing the tables do not already show.
 */
export function donorIndicators(tables: readonly SuppressedTable[]): DonorRow[] {
  const find = (id: string) => {
    const table = tables.find((t) => t.id === id);
    if (!table) throw new Error(`donor_indicators_missing_table: ${id}`);
    return table;
  };
  const rows: DonorRow[] = [];
  for (const dim of PROFILE_DIMS) {
    const fv = find(INDICATOR_TABLE_IDS.firstVisit[dim]);
    const oc = find(INDICATOR_TABLE_IDS.outcome[dim]);
    if (dim === 'gender') {
      rows.push(
        row('all', 'all', fv.grandTotal, at(fv.colTotals, fv.cols.indexOf('yes')), oc.grandTotal, (o) =>
          at(oc.colTotals, oc.cols.indexOf(o)),
        ),
      );
    }
    fv.rows.forEach((code, i) => {
      const j = oc.rows.indexOf(code);
      rows.push(
        row(dim, code, at(fv.rowTotals, i), at(fv.cells[i] ?? [], fv.cols.indexOf('yes')), at(oc.rowTotals, j), (o) =>
          at(oc.cells[j] ?? [], oc.cols.indexOf(o)),
        ),
      );
    });
  }
  return rows;
}

function row(
  dim: DonorRow['dim'],
  code: string,
  sessions: Cell,
  firstVisits: Cell,
  services: Cell,
  outcome: (o: Outcome) => Cell,
): DonorRow {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, outcome(o)])) as Record<Outcome, Cell>;
  const rates = Object.fromEntries(OUTCOMES.map((o) => [o, rate(outcomes[o], services)])) as Record<
    Outcome,
    Cell | null
  >;
  return { dim, code, sessions, firstVisits, services, outcomes, rates };
}

function rate(part: Cell, whole: Cell): Cell | null {
  if (isHidden(part) || isHidden(whole)) return HIDDEN;
  return whole === 0 ? null : part / whole;
}

function at(cells: readonly Cell[], index: number): Cell {
  const cell = cells[index];
  if (cell === undefined) throw new Error(`donor_indicators_missing_cell: ${index}`);
  return cell;
}
