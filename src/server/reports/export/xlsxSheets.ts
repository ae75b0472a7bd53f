import type { XlsxCell, XlsxRow, XlsxSheet } from '../xlsx/writeXlsx';
import type { DocTable, DocValue, ExportDocument } from './exportDocument';

/**
 * The export as workbook sheets: the notes (period, centres, k, what "hidden" means, weeks changed after
 * they were reported), the donor indicators, then one sheet per table. Every table sheet has its title and
 * header rows frozen; counts are numbers, shares are numbers shown as percentages, hidden cells the marker.
 */
export function xlsxSheets(doc: ExportDocument): XlsxSheet[] {
  const cell = (value: DocValue): XlsxCell => {
    if (value === null || typeof value !== 'object') return value;
    return 'hidden' in value ? doc.hiddenMarker : value;
  };
  const tableRows = (table: DocTable, isLastBold: boolean): XlsxRow[] => {
    const rows: XlsxRow[] = [
      { cells: [table.title], isBold: true },
      { cells: table.header, isBold: true },
      ...table.rows.map((row, i) => ({ cells: row.map(cell), isBold: isLastBold && i === table.rows.length - 1 })),
    ];
    if (table.note) rows.push({ cells: [] }, { cells: [table.note] });
    return rows;
  };
  const notes: XlsxRow[] = [
    { cells: [doc.title], isBold: true },
    ...doc.meta.map(([label, value]) => ({ cells: [label, value] })),
    { cells: [doc.legend] },
    { cells: [] },
    ...tableRows(doc.locks, false),
  ];
  const l = doc.labels;
  return [
    { name: l.text('export.notesSheet'), rows: notes, frozenRows: 0, firstColumnWidth: 44 },
    { name: l.text('export.donorSheet'), rows: tableRows(doc.donor, false), frozenRows: 2, firstColumnWidth: 40 },
    ...doc.tables.map((table) => ({
      name: table.title,
      rows: tableRows(table, true),
      frozenRows: 2,
      firstColumnWidth: table.id === 'services_by_eservice' ? 60 : 32,
    })),
  ];
}
