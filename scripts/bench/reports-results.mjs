// Keeps each run of the reports benchmark as one JSON line in bench-results/reports.jsonl.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './server.mjs';

export const REPORTS_RESULTS_FILE = join(ROOT, 'bench-results', 'reports.jsonl');

/** Appends the run; returns the path relative to the repository. */
export function keepReportsResult(record) {
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  appendFileSync(REPORTS_RESULTS_FILE, `${JSON.stringify(record)}\n`);
  return relative(ROOT, REPORTS_RESULTS_FILE);
}
