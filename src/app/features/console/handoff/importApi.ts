import type { HandoffImportResponse } from '../../../../shared/handoff/api';
import { consoleSession } from '../../../api/consoleSession';
import { request } from '../../../api/http';

/** POST /api/admin/handoff/import with the console's access token. */
export async function importHandoffOnServer(file: unknown, passphrase: string): Promise<HandoffImportResponse> {
  const body = { file, ...(passphrase ? { passphrase } : {}) };
  const answer = await consoleSession.authed((token) => request<HandoffImportResponse>('POST', '/api/admin/handoff/import', { token, body }));
  return answer.body;
}
