import { strFromU8, unzipSync } from 'fflate';

/** A cell read back: a number for <v> without a type, the text of an inline string otherwise. */
export type ReadCell = number | string;
export type ReadSheet = { name: string; rows: ReadCell[][]; frozenRows: number; percentCells: number };

/**
 * Reads an .xlsx the way a test needs it: unzips it (fflate) and parses the sheet XML written by
 * xlsx/sheetXml.ts (inline strings, numbers, the frozen pane). Not a general XLSX reader.
 */
export function readXlsx(bytes: Uint8Array): { files: string[]; sheets: ReadSheet[] } {
  const files = unzipSync(bytes);
  const text = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`${name} is missing from the archive`);
    return strFromU8(file);
  };
  const names = [...text('xl/workbook.xml').matchAll(/<sheet name="([^"]*)" sheetId="(\d+)"/g)].map((m) =>
    unescape(m[1] ?? ''),
  );
  const sheets = names.map((name, i) => {
    const xml = text(`xl/worksheets/sheet${i + 1}.xml`);
    const pane = /<pane ySplit="(\d+)"[^>]*state="frozen"/.exec(xml);
    const rows = [...xml.matchAll(/<row r="\d+">(.*?)<\/row>/g)].map((row) => rowCells(row[1] ?? ''));
    return {
      name,
      rows,
      frozenRows: pane ? Number(pane[1]) : 0,
      percentCells: (xml.match(/ s="[23]"><v>/g) ?? []).length,
    };
  });
  return { files: Object.keys(files), sheets };
}

function rowCells(xml: string): ReadCell[] {
  const cells: ReadCell[] = [];
  for (const m of xml.matchAll(/<c r="([A-Z]+)\d+"([^>]*)>(.*?)<\/c>/g)) {
    const column = [...(m[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const isText = (m[2] ?? '').includes('t="inlineStr"');
    const body = m[3] ?? '';
    cells[column] = isText
      ? unescape(/<t[^>]*>(.*?)<\/t>/s.exec(body)?.[1] ?? '')
      : Number(/<v>(.*?)<\/v>/.exec(body)?.[1]);
  }
  return Array.from(cells, (c) => c ?? '');
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
