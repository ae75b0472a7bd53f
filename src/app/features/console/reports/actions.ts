import { downloadReport, lockReportWeek, type ExportFormat, type ReportQuery } from '../../../api/reports';
import { runSave, type SaveResult } from '../saveResult';

/** Marks the week reported at every centre of the report, one lock per centre. */
export function lockWeek(centreIds: readonly string[], week: string): Promise<SaveResult<number>> {
  return runSave(async () => {
    for (const centreId of centreIds) await lockReportWeek(centreId, week);
    return centreIds.length;
  });
}

/** Fetches the export with the access token and hands the file to the browser as a download. */
export function saveExport(query: ReportQuery, options: { format: ExportFormat; k: number; lng: string }): Promise<SaveResult<string>> {
  return runSave(async () => {
    const { blob, filename } = await downloadReport(query, options);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return filename;
  });
}
