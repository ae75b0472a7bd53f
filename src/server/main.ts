import { buildApp } from './app';
import { ConfigError, loadConfig, type ServerConfig } from './config';
import { ensureSetupCode, setupBaseUrl } from './auth/setupCode';
import { demoBox } from './demo/demoAccounts';
import { DEMO_SQLITE_PATH, DemoRefused, prepareDemo } from './demo/loadDemo';
import { seedReferenceData } from './seed';
import { openStore } from './store';

/** `tsx src/server/main.ts [--port N] [--host H] [--demo]`: migrate, seed, listen; stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // --demo (npm run demo): its own SQLite file with a demo network, whatever DATABASE_URL says.
  const isDemo = args.includes('--demo');
  const config = loadConfig(process.env, { ...portFromArgs(args), ...(isDemo ? { database: { kind: 'sqlite', path: DEMO_SQLITE_PATH } } : {}) });
  const demo = isDemo ? await prepareDemo({ now: new Date(), print: (line) => process.stdout.write(`${line}\n`) }) : undefined;
  const store = await openStore(config.database);
  const app = await buildApp({ config, store });
  await seedReferenceData(store, app.log);

  let isClosing = false;
  const shutdown = (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    app.log.info({ signal }, 'shutting down');
    // In-flight requests finish (their transactions commit or roll back) before the database closes.
    const forced = setTimeout(() => process.exit(1), 10_000);
    forced.unref();
    app
      .close()
      .then(() => store.close())
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info({ database: store.dialect, schemaVersion: store.schemaVersion, serverEpoch: store.serverEpoch() }, 'Ura server ready');
  // Straight to the console, never to the log: the code is a secret for whoever runs the server.
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  if (demo) process.stdout.write(demoBox(demo.accounts, setupBaseUrl(config.host, port), demo.path));
  await ensureSetupCode(store, new Date(), setupBaseUrl(config.host, port), (text) => process.stdout.write(text), config.setupCodeFile);
}

function portFromArgs(args: string[]): Partial<ServerConfig> {
  const out: Partial<ServerConfig> = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = (args[i] ?? '').split('=', 2);
    const value = inline ?? args[i + 1];
    if (flag === '--port' || flag === '--host') {
      if (inline === undefined) i++;
      if (flag === '--port') {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`--port must be 0..65535, got ${value}`);
        out.port = port;
      } else if (value) {
        out.host = value;
      }
    }
  }
  return out;
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DemoRefused) console.error(err.message);
  else console.error('Ura server failed to start:', err);
  process.exit(1);
});
