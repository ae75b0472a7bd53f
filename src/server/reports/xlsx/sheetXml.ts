/** One spreadsheet cell: text, a number, a share shown as a percentage, or empty. */
export type XlsxCell = string | number | { share: number } | null;
export type XlsxRow = { cells: readonly XlsxCell[]; isBold?: boolean };
export type XlsxSheet = {
  name: string;
  rows: Iterable<XlsxRow>;
  /** Rows kept in view while scrolling (the title and header rows). */
  frozenRows: number;
  /** Width of column A in characters (labels); the others get a fixed width. */
  firstColumnWidth?: number;
};

/** Style ids of styles.xml (workbookParts.ts). */
export const STYLE = { normal: 0, bold: 1, percent: 2, boldPercent: 3 } as const;

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A worksheet's XML, row by row; strings are inline (no shared-strings table to hold in memory). */
export function* sheetXml(sheet: XlsxSheet): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}">`;
  if (sheet.frozenRows > 0) {
    const top = `A${sheet.frozenRows + 1}`;
    yield `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`;
  }
  yield `<cols><col min="1" max="1" width="${sheet.firstColumnWidth ?? 36}" customWidth="1"/><col min="2" max="40" width="14" customWidth="1"/></cols><sheetData>`;
  let r = 0;
  for (const row of sheet.rows) {
    r++;
    const cells = row.cells.map((cell, c) => cellXml(`${columnName(c)}${r}`, cell, row.isBold === true)).join('');
    yield `<row r="${r}">${cells}</row>`;
  }
  yield '</sheetData></worksheet>';
}

function cellXml(ref: string, cell: XlsxCell, isBold: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    const style = isBold ? ` s="${STYLE.bold}"` : '';
    return Number.isFinite(cell) ? `<c r="${ref}"${style}><v>${cell}</v></c>` : '';
  }
  if (typeof cell === 'object')
    return `<c r="${ref}" s="${isBold ? STYLE.boldPercent : STYLE.percent}"><v>${cell.share}</v></c>`;
  const style = isBold ? ` s="${STYLE.bold}"` : '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** XML text: the five entities escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
