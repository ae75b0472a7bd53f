// `npm run export`: the API's export from the command line, as the operator, audited as 'cli'.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store';
import type { Store } from '../store/types';
import { TestDevice } from '../testing/testDevice';
import { openTestEnv, type TestEnv } from '../testing/testEnv';
import { addCentre } from '../testing/testPeople';
import { runExport, type ExportCommand } from './exportCommand';
import { readXlsx } from './testing/readXlsx';
import { pushSessions } from './testing/reportWorld';

const dir = mkdtempSync(join(tmpdir(), 'ura-cli-test-'));
const NOW = new Date('2026-03-10T10:00:00Z');
const base: ExportCommand = { centres: [], format: 'xlsx', lng: 'en' };

describe('the export command', () => {
  let env: TestEnv & { close: () => Promise<void> };
  let store: Store;
  const log: string[] = [];
  beforeAll(async () => {
    env = await openTestEnv('sqlite');
    store = env.store;
    const centre = await addCentre(env, 'Qendra Korçë');
    await addCentre(env, 'Qendra Tiranë');
    const device = await TestDevice.enrol(env.app, { centreId: centre.id });
    await pushSessions(device, 30, (i) => ({ occurredAt: `2026-02-${16 + (i % 5)}T10:00:00+01:00` }));
  });
  afterAll(async () => {
    await env.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the export, says what it did, and logs it as the cli', async () => {
    const out = join(dir, 'w08.xlsx');
    await runExport(store, { ...base, week: '2026-W08', centres: ['qendra korçë'], k: 5, out }, NOW, (line) =>
      log.push(line),
    );
    const { sheets } = readXlsx(readFileSync(out));
    expect(sheets.find((s) => s.name === 'Sessions by day')!.rows.at(-1)).toEqual(['Total', 30]);
    expect(log.join('\n')).toMatch(
      /Wrote .*w08\.xlsx: 2026-02-16 – 2026-02-22, 1 centre\(s\), xlsx, k = 5\.\nNote: .*k = 10 is recommended/,
    );
    const [entry] = await store.audit.query({ action: 'report.exported', limit: 1 });
    expect(entry).toMatchObject({
      actorId: 'cli',
      ip: null,
      targetId: '2026-W08',
      details: { k: 5, format: 'xlsx', lng: 'en' },
    });
  });

  it.each<[string, Partial<ExportCommand>, RegExp]>([
    ['a bad week', { week: '2026-W60' }, /INVALID_WEEK|not an ISO week/],
    [
      'an unknown centre',
      { centres: ['Qendra Durrës'] },
      /Unknown centre "Qendra Durrës"\. The centres are:\n {2}\S+ {2}Qendra Korçë/,
    ],
    ['k below 2', { k: 1 }, /k must be at least 2/],
    ['a ten-year range', { from: '2016-01-01', to: '2025-12-31' }, /at most 731 days/],
  ])('refuses %s with a clear message', async (_title, command, message) => {
    await expect(runExport(store, { ...base, ...command }, NOW, () => undefined)).rejects.toThrow(message);
  });
});

describe('cli.ts', () => {
  const cli = (...args: string[]) =>
    spawnSync(join(process.cwd(), 'node_modules/.bin/tsx'), ['src/server/cli.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '' },
    });
  const sqlite = join(dir, 'cli.sqlite');
  beforeAll(async () => (await openStore({ kind: 'sqlite', path: sqlite })).close());

  it.each([
    [
      '--week 2026-W60',
      ['export', '--week', '2026-W60'],
      2,
      /export: "2026-W60" is not an ISO week: .*\(INVALID_WEEK\)/,
    ],
    ['--k 1', ['export', '--k', '1'], 2, /k must be at least 2.*\(K_TOO_SMALL\)/],
    ['--colour red', ['export', '--colour', 'red'], 2, /Unknown option '--colour'[\s\S]*Usage: npm run export/],
    ['--format pdf', ['export', '--format', 'pdf'], 2, /--format must be csv or xlsx/],
    ['rotate', ['rotate'], 2, /Unknown command "rotate"/],
  ])('%s exits with status 2', { timeout: 30_000 }, (_title, args, status, message) => {
    const result = cli(...(args[0] === 'export' ? [...args, '--sqlite', sqlite] : args));
    expect(result.stderr).toMatch(message);
    expect(result.status).toBe(status);
  });

  it('exports an empty database as a file of zeros', { timeout: 30_000 }, () => {
    const out = join(dir, 'empty.csv');
    const result = cli(
      'export',
      '--sqlite',
      sqlite,
      '--from',
      '2026-01-01',
      '--to',
      '2026-01-31',
      '--out',
      out,
      '--lng',
      'cnr',
    );
    expect(result.status, result.stderr).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFIzvještaj aplikacije Ura')).toBe(true);
    expect(csv).not.toContain('skriveno,');
  });
});
