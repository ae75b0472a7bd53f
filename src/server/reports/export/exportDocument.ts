import { HIDDEN, isHidden, type Cell, type Hidden, type SuppressedTable } from '../../../shared/reports';
import { OUTCOMES } from '../../../shared/schemas/vocabulary';
import type { DonorRow } from '../indicators/donorIndicators';
import type { LockStatus } from '../types';
import type { Labels } from './labels';

/** A value as CSV and XLSX both write it: text, a count, a hidden count, a share (0..1) or nothing. */
export type DocValue = string | number | Hidden | { share: number } | null;
export type DocTable = { id: string; title: string; header: string[]; rows: DocValue[][]; note?: string };

/** Everything one export file says, before it becomes CSV or XLSX (the two never differ in content). */
export type ExportDocument = {
  title: string;
  meta: [string, string | number][];
  legend: string;
  hiddenMarker: string;
  tables: DocTable[];
  donor: DocTable;
  /** Weeks changed after they were reported (no raw counts: they could undo the suppression). */
  locks: DocTable;
  labels: Labels;
};

export type DocumentInput = {
  labels: Labels;
  tables: readonly SuppressedTable[];
  donor: readonly DonorRow[];
  locks: readonly LockStatus[];
  meta: {
    period: string;
    week: string | null;
    centres: string[];
    k: number;
    recommendedK: number;
    generatedAt: string;
  };
};

export function exportDocument(input: DocumentInput): ExportDocument {
  const { labels: l, meta } = input;
  const metaRows: [string, string | number][] = [[l.text('export.period'), meta.period]];
  if (meta.week) metaRows.push([l.text('export.week'), meta.week]);
  metaRows.push(
    [l.text('export.centres'), meta.centres.join('; ')],
    [l.text('export.kApplied'), meta.k],
    [l.text('export.kRecommended'), meta.recommendedK],
    [l.text('export.generatedAt'), meta.generatedAt],
  );
  return {
    title: l.text('export.title'),
    meta: metaRows,
    legend: l.text('export.hiddenLegend', { k: meta.k }),
    hiddenMarker: l.text('export.hidden'),
    tables: input.tables.map((t) => tableDoc(t, l)),
    donor: donorDoc(input.donor, l),
    locks: locksDoc(input.locks, l, meta.k),
    labels: l,
  };
}

function tableDoc(table: SuppressedTable, l: Labels): DocTable {
  const total = l.text('export.total');
  const label = (i: number) => l.value(table.rowDim, table.rows[i] ?? '');
  const doc = {
    id: table.id,
    title: l.title(table),
    ...(table.noteKey ? { note: l.text(table.noteKey.replace(/^reports\./, '')) } : {}),
  };
  if (!table.colDim) {
    const rows: DocValue[][] = table.rows.map((_, i) => [label(i), table.cells[i]?.[0] ?? null]);
    return {
      ...doc,
      header: [l.dimension(table.rowDim), l.universe(table.universe)],
      rows: [...rows, [total, table.grandTotal]],
    };
  }
  const colDim = table.colDim;
  const header = [
    `${l.dimension(table.rowDim)} \\ ${l.dimension(colDim)}`,
    ...table.cols.map((c) => l.value(colDim, c)),
    total,
  ];
  const rows: DocValue[][] = table.rows.map((_, i) => [
    label(i),
    ...(table.cells[i] ?? []),
    table.rowTotals[i] ?? null,
  ]);
  return { ...doc, header, rows: [...rows, [total, ...table.colTotals, table.grandTotal]] };
}

function donorDoc(donor: readonly DonorRow[], l: Labels): DocTable {
  const header = [
    l.text('export.breakdown'),
    l.text('export.sessions'),
    l.text('export.firstVisits'),
    l.text('export.services'),
  ];
  for (const o of OUTCOMES)
    header.push(l.value('outcome', o), l.text('export.rate', { outcome: l.value('outcome', o) }));
  const share = (c: Cell | null): DocValue => (c === null || isHidden(c) ? c : { share: c });
  const rows = donor.map((r): DocValue[] => [
    r.dim === 'all' ? l.text('export.all') : `${l.dimension(r.dim)}: ${l.value(r.dim, r.code)}`,
    r.sessions,
    r.firstVisits,
    r.services,
    ...OUTCOMES.flatMap((o) => [r.outcomes[o], share(r.rates[o])]),
  ]);
  return { id: 'donor_indicators', title: l.text('export.donorTitle'), header, rows, note: l.text('export.donorNote') };
}

function locksDoc(locks: readonly LockStatus[], l: Labels, k: number): DocTable {
  const changed = locks.filter((x) => x.changedAfterLock > 0 || x.sessionsNow !== x.sessionsAtLock);
  const header = [
    l.dimension('centre'),
    l.text('export.lockWeek'),
    l.text('export.lockedAt'),
    l.text('export.changedAfterLock'),
  ];
  // A count of changed sessions below k is hidden like any small count; the totals then and now are never shown.
  // A session edited out of the week is not among the week's changed sessions; the difference in counts shows it.
  const changes = (x: LockStatus) => Math.max(x.changedAfterLock, Math.abs(x.sessionsNow - x.sessionsAtLock));
  const rows = changed.map((x): DocValue[] => [
    l.value('centre', x.centreId),
    x.week,
    x.lockedAt,
    changes(x) >= k ? changes(x) : HIDDEN,
  ]);
  return {
    id: 'changed_after_lock',
    title: l.text('export.locksTitle'),
    header,
    rows,
    ...(rows.length === 0 ? { note: l.text('export.noChanges') } : {}),
  };
}
