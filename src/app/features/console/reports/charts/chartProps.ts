import type { ReportTable, SuppressedTable } from '../../../../../shared/reports';

export type ChartProps = {
  table: ReportTable | SuppressedTable;
  /** The table's translated title. */
  title: string;
  /** The translated name of a row. */
  label: (code: string) => string;
};
