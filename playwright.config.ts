import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 4173);
// Each run gets its own database file: tests never see a developer's data.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'ura-e2e-'));
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  // One retry in CI: a flaky test shows as "flaky" in the list (and gets fixed) instead of sinking the whole run.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath: process.env.CHROME_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'retain-on-failure',
    // A step that never finishes fails with its trace instead of waiting out a long test's whole limit.
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
  },
  webServer: {
    command: `npx tsx src/server/main.ts`,
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    // SETUP_CODE_FILE: the console tests read the one-time setup code there (e2e/pages/console/consoleFixtures.ts).
    env: { PORT: String(PORT), SQLITE_PATH: join(dataDir, 'ura.sqlite'), LOG_LEVEL: 'warn', SETUP_CODE_FILE: join(dataDir, 'setup-code') },
  },
});
