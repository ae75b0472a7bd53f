// The device's own-centre week (issue #5): 5,000 sessions of one centre in the week (and as many in each of the
// three weeks before: the 30 days a tablet keeps) in a real Chromium's IndexedDB, at 4× CPU throttling. One run
// reads the week through the app's loadLocalReport() (seven day-count rows, the shared report built from them)
// and renders the report's tables and charts with React; the bundle is the app's own code, built on the fly.
// Apart, the first report of a week whose rows are missing (after the upgrade): it counts the 5,000 sessions.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { findChromium } from '../findChromium.mjs';
import { throttleCpu } from './browser.mjs';
import { ROOT } from './server.mjs';
import { summary } from './stats.mjs';

const ORIGIN = 'http://ura-report-bench.localhost/';

async function bundlePage() {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      lib: { entry: join(ROOT, 'scripts/bench/reports-device-page.mjs'), formats: ['iife'], name: 'UraReportBench' },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output[0];
  return `(() => { ${output.code}\n; globalThis.UraReportBench = UraReportBench; return true; })()`;
}

/** Seeds the tablet, then times `runs` reports of `week` after one warm-up, and `rebuilds` reports that rebuild its rows. */
export async function measureDeviceWeek({
  week,
  perWeek = 5000,
  weeks = 4,
  runs = 9,
  rebuilds = 3,
  cpuRate = 4,
  log = console.error,
}) {
  const script = await bundlePage();
  const executablePath = await findChromium();
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    // A real origin (IndexedDB needs one) with no server: the page is an empty document.
    await page.route(`${ORIGIN}**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto(ORIGIN);
    await page.evaluate(script);
    log(`seeding ${weeks} × ${perWeek.toLocaleString('en')} sessions into the tablet's IndexedDB…`);
    const seeded = await page.evaluate((o) => globalThis.UraReportBench.seed(o), { week, perWeek, weeks });
    const cdp = await throttleCpu(page, cpuRate);
    const results = [];
    for (let i = 0; i <= runs; i++) {
      const r = await page.evaluate((o) => globalThis.UraReportBench.measure(o), { week });
      if (r.sessions !== perWeek) throw new Error(`the report counted ${r.sessions} sessions, not ${perWeek}`);
      if (i > 0) results.push(r); // the first run warms the JIT, loads the lazy chart module and counts the week
    }
    const rebuilt = [];
    for (let i = 0; i < rebuilds; i++) {
      const r = await page.evaluate((o) => globalThis.UraReportBench.measureRebuild(o), { week });
      if (r.sessions !== perWeek) throw new Error(`the rebuilt report counted ${r.sessions} sessions, not ${perWeek}`);
      rebuilt.push(r.rebuildMs);
    }
    await cdp.detach().catch(() => {});
    const of = (key) => summary(results.map((r) => r[key]));
    return {
      total: of('totalMs'),
      load: of('loadMs'),
      render: of('renderMs'),
      rebuild: summary(rebuilt),
      stored: seeded.stored,
      weekSessions: perWeek,
      tableRows: results[0]?.rows,
      charts: results[0]?.charts,
      cpuRate,
    };
  } finally {
    await browser.close();
  }
}
