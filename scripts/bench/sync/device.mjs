// The device side: a headless-Chromium tablet pushes N sessions written through the app's own
// createSession() (session row + outbox row in one strict transaction), and a fresh tablet of the same
// centre pulls them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { firstPage, launchDevice, waitForOfflineReady } from '../browser.mjs';
import { ROOT } from '../server.mjs';

/** page/appWrites.js (app modules, Dexie, zod) bundled into one expression defining window.UraBench. */
export async function bundleAppWrites() {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(ROOT, 'scripts/bench/page/appWrites.js'), formats: ['iife'], name: 'UraBench' },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output[0];
  return `(() => { ${output.code}\n; globalThis.UraBench = UraBench; return true; })()`;
}

/** Raw IndexedDB reads (no app code needed): the device profile, and row counts. */
const readProfile = () =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('ura');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('meta').objectStore('meta').get('device');
      get.onsuccess = () => (db.close(), resolve(get.result?.value ?? null));
      get.onerror = () => reject(get.error);
    };
  });
const countRows = (store) =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('ura');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const req = db.transaction(store).objectStore(store).count();
      req.onsuccess = () => (db.close(), resolve(req.result));
      req.onerror = () => reject(req.error);
    };
  });

/** `SYNC_BENCH_CPU_PROFILE=<file>`: the page's CPU profile during the push (open it in Chrome DevTools). */
async function startCpuProfile(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return {
    async stopInto(file) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      await cdp.detach();
    },
  };
}

/** In the page: keep the timings of every request (the default buffer holds 250). */
const keepResourceTimings = () => performance.setResourceTimingBufferSize(100_000);

/**
 * In the page: where the time of a sync went, from the browser's resource timings of `path` requests:
 * the round trips (request sent → answer read: network + server) and the gaps between one answer and the
 * next request (the device's own work: applying the answer, cutting the next batch or page).
 */
const syncTimings = (path) => {
  const calls = performance
    .getEntriesByType('resource')
    .filter((e) => e.name.includes(path))
    .sort((a, b) => a.startTime - b.startTime);
  const median = (list) => (list.length ? [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] : null);
  const sum = (list) => list.reduce((a, b) => a + b, 0);
  const trips = calls.map((e) => e.responseEnd - e.startTime);
  const gaps = calls.slice(1).map((e, i) => e.startTime - calls[i].responseEnd);
  const round = (n) => (n === null ? null : Math.round(n));
  return {
    requests: calls.length,
    notOk: calls.filter((e) => e.responseStatus !== 200).length,
    tripMsTotal: round(sum(trips)),
    tripMsMedian: round(median(trips)),
    gapMsTotal: round(sum(gaps)),
    gapMsMedian: round(median(gaps)),
  };
};

const describeTimings = (t) =>
  `${t.requests} requests (${t.notOk} not 200); round trips ${t.tripMsTotal} ms (median ${t.tripMsMedian}), device work between them ${t.gapMsTotal} ms (median ${t.gapMsMedian})`;

async function pollUntil(fn, { timeoutMs, intervalMs = 50 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Setup screen in English, Albania; `centreId` picks an existing centre from "Centre on the server". */
async function fillSetUp(page, { centreId, volunteer }) {
  await page.goto('/');
  await page.locator('select:has(option[value="en"])').first().selectOption('en');
  await page.getByLabel('Country').selectOption('AL');
  if (centreId) await page.getByLabel('Centre on the server').selectOption(centreId);
  else await page.getByLabel('Centre', { exact: true }).fill('ADISA Shkodër');
  await page.getByLabel('Your name as a volunteer').fill(volunteer);
}

async function submitSetUp(page) {
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
}

async function setUp(page, details) {
  await fillSetUp(page, details);
  await submitSetUp(page);
}

async function syncNow(page) {
  await page.goto('/sync');
  await page.getByRole('button', { name: 'Sync now' }).click();
}

/** The tablet registers at its first sync; the setup itself starts none, so "Sync now". Returns the profile. */
async function register(page, baseUrl) {
  await syncNow(page);
  return pollUntil(
    async () => {
      const profile = await page.evaluate(readProfile);
      const res = await fetch(`${baseUrl}/api/sync/v1/centres`).catch(() => undefined);
      const centres = res?.ok ? (await res.json()).centres : [];
      return centres.some((c) => c.id === profile?.centreId) ? profile : null;
    },
    { timeoutMs: 30_000, intervalMs: 200 },
  );
}

/** Runs in the page: `count` sessions through createSession(), `parallel` transactions at a time. */
async function insertSessions({ count, serviceCodes, parallel }) {
  const { createSession, getDb, getDeviceProfile, uuidv7, toLocalIsoWithOffset } = window.UraBench;
  await getDb().open();
  const profile = await getDeviceProfile();
  let seed = 3;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const one = () => {
    const when = new Date();
    when.setDate(when.getDate() - Math.floor(random() * 50));
    when.setHours(8 + Math.floor(random() * 8), Math.floor(random() * 60), 0, 0);
    return {
      id: uuidv7(),
      centreId: profile.centreId,
      volunteerId: profile.volunteerId,
      deviceId: profile.deviceId,
      occurredAt: toLocalIsoWithOffset(when),
      durationMin: pick([5, 10, 15, 20, 30, 45]),
      channel: 'walk_in',
      requester: 'citizen',
      services: [{ serviceCode: pick(serviceCodes), outcome: 'completed' }],
      gender: pick(['female', 'male', 'not_stated']),
      ageBand: pick(['18_24', '25_34', '35_44', '45_54', '55_64', '65_plus']),
      groups: random() < 0.2 ? ['rural'] : [],
      firstVisit: pick(['yes', 'no', 'unknown']),
      ...(random() < 0.2 ? { notes: 'came back with the missing papers' } : {}),
    };
  };
  const started = performance.now();
  for (let done = 0; done < count; done += parallel) {
    const n = Math.min(parallel, count - done);
    await Promise.all(Array.from({ length: n }, () => createSession(one())));
  }
  return performance.now() - started;
}

/**
 * Tablet A: set up, registered, then offline while `count` sessions are written; back online, "Sync now",
 * timed until its outbox is empty. Returns { pushMs, insertMs, centreId, close }.
 */
export async function devicePush({ executablePath, baseUrl, count, serviceCodes, script, log, measure }) {
  const tablet = await launchDevice({ executablePath, baseURL: baseUrl });
  try {
    return await pushFrom(tablet, { baseUrl, count, serviceCodes, script, log, measure });
  } catch (error) {
    await tablet.close(); // the caller only gets close() with a result
    throw error;
  }
}

async function pushFrom(tablet, { baseUrl, count, serviceCodes, script, log, measure }) {
  const page = await firstPage(tablet.context);
  page.setDefaultTimeout(60_000);
  await setUp(page, { volunteer: 'Arta' });
  await waitForOfflineReady(page);
  const profile = await register(page, baseUrl);
  await page.goto('/settings'); // a screen that lists no sessions
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  await tablet.context.setOffline(true);
  await page.evaluate(script);
  const insertMs = await page.evaluate(insertSessions, { count, serviceCodes, parallel: 50 });
  log(
    `  ${count} sessions written on tablet A in ${Math.round(insertMs)} ms; outbox ${await page.evaluate(countRows, 'outbox')}`,
  );
  await page.goto('/sync');
  await page.getByRole('button', { name: 'Sync now' }).waitFor();
  await page.evaluate(keepResourceTimings);
  const profiler = process.env.SYNC_BENCH_CPU_PROFILE ? await startCpuProfile(tablet.context, page) : null;
  const { result: pushMs, ...memory } = await measure(async () => {
    const started = performance.now();
    await tablet.context.setOffline(false); // the `online` trigger starts the push …
    // … and "Sync now" in case it came first (a disabled button means the run has started already).
    await page
      .getByRole('button', { name: 'Sync now' })
      .click({ timeout: 2_000 })
      .catch(() => undefined);
    await pollUntil(async () => (await page.evaluate(countRows, 'outbox')) === 0, { timeoutMs: 600_000 });
    return performance.now() - started;
  });
  if (profiler) await profiler.stopInto(process.env.SYNC_BENCH_CPU_PROFILE);
  const timings = await page.evaluate(syncTimings, '/api/sync/v1/push');
  log(`  push: ${describeTimings(timings)}`);
  return { pushMs, insertMs, centreId: profile.centreId, memory, timings, close: tablet.close };
}

/** Tablet B: a fresh device of the same centre; timed from its setup until it holds `count` sessions. */
export async function devicePull({ executablePath, baseUrl, centreId, count, measure, log }) {
  const tablet = await launchDevice({ executablePath, baseURL: baseUrl });
  try {
    const page = await firstPage(tablet.context);
    page.setDefaultTimeout(60_000);
    // A tablet starts syncing as soon as it is set up, so the clock runs from the click on "Start" (the
    // form is filled before; its registration and first pull are inside the measured time).
    await fillSetUp(page, { centreId, volunteer: 'Blerta' });
    await page.evaluate(keepResourceTimings);
    const { result: pullMs, ...memory } = await measure(async () => {
      const started = performance.now();
      await submitSetUp(page);
      await pollUntil(async () => (await page.evaluate(countRows, 'sessions')) >= count, { timeoutMs: 600_000 });
      return performance.now() - started;
    });
    const held = await page.evaluate(countRows, 'sessions');
    const timings = await page.evaluate(syncTimings, '/api/sync/v1/pull');
    log(`  pull: ${describeTimings(timings)}`);
    return { pullMs, held, memory, timings };
  } finally {
    await tablet.close();
  }
}
