import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DEFAULT_K } from '../../shared/reports';
import type { Centre } from '../../shared/schemas/centre';
import type { Language } from '../../shared/schemas/vocabulary';
import { HttpError } from '../http/httpError';
import type { Store } from '../store/types';
import { prepareExport, type ExportFormat } from './export/prepareExport';
import { resolvePeriod } from './period';
import { CLI_OPERATOR, reportCentres } from './reportScope';

export type ExportCommand = {
  week?: string;
  from?: string;
  to?: string;
  /** Centre ids or exact names; none = every centre. */
  centres: string[];
  format: ExportFormat;
  k?: number;
  lng: Language;
  /** A file path, '-' for standard output, or undefined for the export's own name in the working directory. */
  out?: string;
};

/**
 * `npm run export`: the same export as GET /api/reports/export, by the operator of the server (an admin's
 * scope), audited with actor 'cli'. Errors are the API's (HttpError with its code and message).
 */
export async function runExport(
  store: Store,
  command: ExportCommand,
  now: Date,
  log: (line: string) => void,
): Promise<string> {
  const centres = await reportCentres(store, CLI_OPERATOR, await centreIds(store, command.centres));
  const period = resolvePeriod(
    command,
    centres.map((c) => c.timeZone),
    now,
  );
  const prepared = await prepareExport(store, centres, period, {
    format: command.format,
    k: command.k ?? DEFAULT_K,
    lng: command.lng,
    now,
  });
  await store.audit.add({
    at: now.toISOString(),
    action: 'report.exported',
    actorId: 'cli',
    deviceId: null,
    targetType: 'report',
    targetId: prepared.auditDetails.report,
    ip: null,
    details: prepared.auditDetails,
  });
  const out = command.out ?? prepared.filename;
  const target: Writable = out === '-' ? process.stdout : createWriteStream(out);
  await pipeline(Readable.from(prepared.chunks()), target, { end: out !== '-' });
  const { start, end } = period.range;
  log(
    `Wrote ${out === '-' ? 'the export to standard output' : out}: ${start} – ${end}, ${centres.length} centre(s), ${command.format}, k = ${prepared.k}.`,
  );
  if (prepared.k < prepared.recommendedK)
    log(
      `Note: special-category groups are in the tables; k = ${prepared.recommendedK} is recommended (--k ${prepared.recommendedK}).`,
    );
  return out;
}

/** Ids or exact names (any case) → ids; an unknown one is an error that lists the centres there are. */
async function centreIds(store: Store, wanted: readonly string[]): Promise<string[] | undefined> {
  if (wanted.length === 0) return undefined;
  const all = await store.admin.listCentres();
  const find = (token: string): Centre | undefined =>
    all.find((c) => c.id === token) ?? all.find((c) => c.name.toLowerCase() === token.toLowerCase());
  const unknown = wanted.filter((token) => !find(token));
  if (unknown.length > 0) {
    const known = all.map((c) => `  ${c.id}  ${c.name}`).join('\n') || '  (none)';
    throw new HttpError(
      404,
      'CENTRE_NOT_FOUND',
      `Unknown centre ${unknown.map((u) => `"${u}"`).join(', ')}. The centres are:\n${known}`,
    );
  }
  return wanted.map((token) => (find(token) as Centre).id);
}
