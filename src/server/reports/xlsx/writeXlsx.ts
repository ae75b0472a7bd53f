import { sheetXml, type XlsxSheet } from './sheetXml';
import { contentTypesXml, rootRelsXml, stylesXml, workbookRelsXml, workbookXml } from './workbookParts';
import { zipChunks, type ZipEntry } from './zipStream';

export type { XlsxCell, XlsxRow, XlsxSheet } from './sheetXml';

/** An .xlsx file as a lazy stream of bytes: each sheet is written, deflated and passed on row by row. */
export function xlsxChunks(sheets: readonly XlsxSheet[]): Generator<Uint8Array> {
  const names = sheetNames(sheets.map((s) => s.name));
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', content: [contentTypesXml(sheets.length)] },
    { name: '_rels/.rels', content: [rootRelsXml()] },
    { name: 'xl/workbook.xml', content: [workbookXml(names)] },
    { name: 'xl/_rels/workbook.xml.rels', content: [workbookRelsXml(sheets.length)] },
    { name: 'xl/styles.xml', content: [stylesXml()] },
    ...sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, content: sheetXml(sheet) })),
  ];
  return zipChunks(entries);
}

/** Excel's rules: 1..31 characters, none of []:*?/\, not starting or ending with ', unique ignoring case. */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name, i) => {
    const base =
      name
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/^'+|'+$/g, '')
        .trim() || `Sheet ${i + 1}`;
    let candidate = [...base].slice(0, 31).join('');
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = [...base].slice(0, 31 - suffix.length).join('') + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
