import type { DocValue, ExportDocument } from './exportDocument';

/** The UTF-8 byte order mark: Excel reads the file as UTF-8 only with it (ë, ç, č, ш…). */
export const BOM = '\uFEFF';

/**
 * The export as CSV (RFC 4180, comma, CRLF): a heading block, then each table with its title row, header
 * row, rows and total row, a blank line between tables. A hidden cell is the translated marker, never 0.
 * Yields one line at a time.
 */
export function* csvLines(doc: ExportDocument): Generator<string> {
  const line = (values: readonly DocValue[]) => `${values.map((v) => csvField(v, doc.hiddenMarker)).join(',')}\r\n`;
  yield BOM + line([doc.title]);
  for (const [label, value] of doc.meta) yield line([label, value]);
  yield line([doc.legend]);
  for (const table of [...doc.tables, doc.donor, doc.locks]) {
    yield '\r\n';
    yield line([table.title]);
    yield line(table.header);
    for (const row of table.rows) yield line(row);
    if (table.note) yield line([table.note]);
  }
}

export function csvField(value: DocValue, hiddenMarker: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return quote(defuse(value));
  return 'hidden' in value ? quote(hiddenMarker) : (Math.round(value.share * 1000) / 10).toFixed(1);
}

/** Text a spreadsheet would run as a formula (a centre named "=HYPERLINK(…)") is made plain text. */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
