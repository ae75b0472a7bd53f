import type { ReportResponse } from '../../shared/reports/api';
import { consoleSession } from './consoleSession';
import { apiErrorOf, ApiError, OFFLINE, request } from './http';

export type { LockStatus } from '../../shared/reports/api';
/** The answer of GET /api/reports, less the sync stamps the screen does not use. */
export type ReportAnswer = Omit<ReportResponse, 'serverTime' | 'serverEpoch'>;

export type ReportQuery = { week?: string; centreIds?: readonly string[] };
export type ExportFormat = 'csv' | 'xlsx';

function searchOf(query: ReportQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (query.week) params.set('week', query.week);
  if (query.centreIds && query.centreIds.length > 0) params.set('centreIds', query.centreIds.join(','));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.size > 0 ? `?${params.toString()}` : '';
}

export async function getReport(query: ReportQuery): Promise<ReportAnswer> {
  const answer = await consoleSession.authed((token) => request<ReportAnswer>('GET', `/api/reports${searchOf(query)}`, { token }));
  return answer.body;
}

export async function lockReportWeek(centreId: string, week: string): Promise<void> {
  await consoleSession.authed((token) => request('POST', '/api/reports/locks', { token, body: { centreId, week } }));
}

export type ExportFile = { blob: Blob; filename: string };

/** The export needs the bearer token, so it is fetched, not linked; the caller saves the blob. */
export async function downloadReport(query: ReportQuery, options: { format: ExportFormat; k: number; lng: string }): Promise<ExportFile> {
  const path = `/api/reports/export${searchOf(query, { format: options.format, k: String(options.k), lng: options.lng })}`;
  return consoleSession.authed(async (token) => {
    let response: Response;
    try {
      response = await fetch(path, { headers: { authorization: `Bearer ${token}` }, credentials: 'omit', cache: 'no-store' });
    } catch {
      throw new ApiError(OFFLINE, 0, 'No answer from the server');
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as unknown;
      throw apiErrorOf(response.status, body, response.headers.get('retry-after'));
    }
    const disposition = response.headers.get('content-disposition') ?? '';
    const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `ura-report.${options.format}`;
    return { blob: await response.blob(), filename };
  });
}
