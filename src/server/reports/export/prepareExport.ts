import type { LocalDateRange } from '../../../shared/reports';
import type { Centre } from '../../../shared/schemas/centre';
import type { Language } from '../../../shared/schemas/vocabulary';
import { HttpError } from '../../http/httpError';
import type { Store } from '../../store/types';
import { periodLabel, type ReportPeriod } from '../period';
import { centreReport } from '../reportService';
import { xlsxChunks } from '../xlsx/writeXlsx';
import { csvLines } from './csv';
import { exportDocument } from './exportDocument';
import { createLabels } from './labels';
import { suppressExport } from './suppressExport';
import { xlsxSheets } from './xlsxSheets';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const MAX_K = 1000;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type ExportOptions = { format: ExportFormat; k: number; lng: Language; now: Date };

/** An export ready to stream: everything that can fail (queries, suppression) has already run. */
export type PreparedExport = {
  filename: string;
  contentType: string;
  k: number;
  recommendedK: number;
  /** The file's bytes, produced as they are read. */
  chunks: () => Iterable<Uint8Array>;
  /** What the audit log records: who is the caller's to add. */
  auditDetails: {
    report: string;
    period: LocalDateRange;
    centreIds: string[];
    k: number;
    format: ExportFormat;
    lng: Language;
  };
};

/** k below 2 hides nothing (400 K_TOO_SMALL); it must be a whole number up to MAX_K. */
export function requireK(k: number): number {
  if (!Number.isInteger(k) || k > MAX_K)
    throw new HttpError(400, 'INVALID_K', `k must be a whole number from 2 to ${MAX_K}`);
  if (k < 2)
    throw new HttpError(400, 'K_TOO_SMALL', 'k must be at least 2: with k = 1 no count would be hidden', {
      minimum: 2,
    });
  return k;
}

export async function prepareExport(
  store: Store,
  centres: Centre[],
  period: ReportPeriod,
  options: ExportOptions,
): Promise<PreparedExport> {
  const k = requireK(options.k);
  const report = await centreReport(store, centres, period, { indicators: true });
  const suppressed = suppressExport(report, k);
  const labels = createLabels(options.lng, { catalogue: await store.admin.listCatalogue(), centres });
  const { start, end } = period.range;
  const doc = exportDocument({
    labels,
    tables: suppressed.tables,
    donor: suppressed.donor,
    locks: report.locks,
    meta: {
      period: `${start} – ${end}`,
      week: period.week,
      centres: centres.map((c) => c.name),
      k,
      recommendedK: suppressed.recommendedK,
      generatedAt: options.now.toISOString(),
    },
  });
  const label = periodLabel(period);
  return {
    filename: `ura-report-${label}.${options.format}`,
    contentType: CONTENT_TYPES[options.format],
    k,
    recommendedK: suppressed.recommendedK,
    chunks: () => (options.format === 'csv' ? encodeLines(csvLines(doc)) : xlsxChunks(xlsxSheets(doc))),
    auditDetails: {
      report: label,
      period: period.range,
      centreIds: centres.map((c) => c.id),
      k,
      format: options.format,
      lng: options.lng,
    },
  };
}

function* encodeLines(lines: Iterable<string>): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let pending = '';
  for (const line of lines) {
    pending += line;
    if (pending.length >= 64 * 1024) {
      yield encoder.encode(pending);
      pending = '';
    }
  }
  if (pending.length > 0) yield encoder.encode(pending);
}
