import { parseArgs } from 'node:util';
import { LANGUAGES } from '../shared/schemas/vocabulary';
import { ConfigError, loadConfig } from './config';
import { HttpError } from './http/httpError';
import { EXPORT_FORMATS, type ExportFormat } from './reports/export/prepareExport';
import { isLanguage } from './reports/export/labels';
import { runExport } from './reports/exportCommand';
import { openStore } from './store';
import { rotateEpochCommand } from './sync/rotateEpochCommand';

/*
 * Admin commands: `tsx src/server/cli.ts <command> [options]`. Runs against the database the server is
 * configured with (DATABASE_URL / SQLITE_PATH, or --database-url / --sqlite), as its operator.
 */
const USAGE = `Usage: npm run export -- [options]        (tsx src/server/cli.ts export [options])
       npx tsx src/server/cli.ts rotate-epoch [--database-url … | --sqlite …]   (after a restore from backup)

  --week 2026-W47            an ISO week (default: the last complete week)
  --from 2026-01-01 --to 2026-12-31
                             a date range instead, at most 731 days (two years)
  --centre <id or name>      repeat for several centres (default: every centre)
  --format xlsx|csv          default: from --out's extension, else xlsx
  --k 5                      disclosure threshold, at least 2 (default 5; 10 recommended with sensitive groups)
  --lng sq|mk|sr-Latn|sr-Cyrl|cnr|en   language of titles and headers (default sq)
  --out report.xlsx          the file to write; "-" for standard output (default: ura-report-<period>.<format>)
  --database-url postgres://…   or --sqlite ./data/ura.sqlite: another database than the configured one
`;

class UsageError extends Error {}

function parseExport(args: string[]) {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      week: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      centre: { type: 'string', multiple: true },
      format: { type: 'string' },
      k: { type: 'string' },
      lng: { type: 'string' },
      out: { type: 'string' },
      'database-url': { type: 'string' },
      sqlite: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const extension = values.out?.split('.').pop()?.toLowerCase();
  const format = values.format ?? (extension === 'csv' || extension === 'xlsx' ? extension : 'xlsx');
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be csv or xlsx, not "${format}"`);
  const lng = values.lng ?? 'sq';
  if (!isLanguage(lng)) throw new UsageError(`--lng must be one of ${LANGUAGES.join(', ')}, not "${lng}"`);
  const k = values.k === undefined ? undefined : Number(values.k);
  if (k !== undefined && !Number.isFinite(k)) throw new UsageError(`--k must be a number, not "${values.k}"`);
  return {
    help: values.help === true,
    database: { 'database-url': values['database-url'], sqlite: values.sqlite },
    command: {
      ...(values.week !== undefined ? { week: values.week } : {}),
      ...(values.from !== undefined ? { from: values.from } : {}),
      ...(values.to !== undefined ? { to: values.to } : {}),
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(k !== undefined ? { k } : {}),
      centres: values.centre ?? [],
      format: format as ExportFormat,
      lng,
    },
  };
}

const ROTATE_USAGE = `Usage: npx tsx src/server/cli.ts rotate-epoch [--database-url postgres://… | --sqlite ./data/ura.sqlite]

  Gives the database a new serverEpoch. Run it once after restoring the database from a backup, with the
  servers stopped (or restart them all afterwards): devices then pull everything again and re-push what
  the backup lost.
`;

/** `rotate-epoch` (DESIGN.md §5 "Epoch"), after a restore from backup. */
async function rotateEpoch(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { 'database-url': { type: 'string' }, sqlite: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    process.stdout.write(ROTATE_USAGE);
    return 0;
  }
  const env = { ...process.env };
  if (values['database-url'] !== undefined) env.DATABASE_URL = values['database-url'];
  if (values.sqlite !== undefined) [env.SQLITE_PATH, env.DATABASE_URL] = [values.sqlite, ''];
  const store = await openStore(loadConfig(env).database);
  try {
    await rotateEpochCommand(store, (line) => process.stdout.write(`${line}\n`));
    return 0;
  } finally {
    await store.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === 'rotate-epoch') return rotateEpoch(args);
  if (name !== 'export') {
    process.stderr.write(name === undefined || name === '--help' ? USAGE : `Unknown command "${name}".\n\n${USAGE}`);
    return name === '--help' ? 0 : 2;
  }
  const parsed = parseExport(args);
  if (parsed.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const env = { ...process.env };
  if (parsed.database['database-url'] !== undefined) env.DATABASE_URL = parsed.database['database-url'];
  if (parsed.database.sqlite !== undefined) [env.SQLITE_PATH, env.DATABASE_URL] = [parsed.database.sqlite, ''];
  const store = await openStore(loadConfig(env).database);
  try {
    await runExport(store, parsed.command, new Date(), (line) => process.stderr.write(`${line}\n`));
    return 0;
  } finally {
    await store.close();
  }
}

/** What the operator reads, and the exit code: 2 for input to fix, 1 for a failure of the command. */
function explain(err: unknown): { text: string; code: number } {
  if (err instanceof HttpError) return { text: `export: ${err.message} (${err.code})\n`, code: 2 };
  const isArgError = err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS');
  if (err instanceof UsageError || err instanceof ConfigError || isArgError)
    return { text: `export: ${err.message}\n\n${USAGE}`, code: 2 };
  return { text: `export failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`, code: 1 };
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    const { text, code } = explain(err);
    process.stderr.write(text);
    process.exit(code);
  },
);
