// The device side: a headless-Chromium tablet, enrolled with a code and a volunteer signed in (../network.mjs),
// pushes N sessions written through the app's own createSession() (session row + outbox row in one strict
// transaction, each naming its actor), and a second tablet of the same centre, enrolled the same way, pulls them.
import { writeFileSync } from 'node:fs';
import { firstPage, launchDevice, loadTabletPage, waitForOfflineReady } from '../browser.mjs';
import { addVolunteer, enrolTablet, finishEnrolment, newEnrolmentCode, openEnrolment } from '../network.mjs';
import { gotoUnlocked } from '../unlock.mjs';

/** Row counts straight from IndexedDB (no app code). */
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

/**
 * `SYNC_BENCH_CPU_PROFILE=<file>`: the pushing page's CPU profile during the push; `SYNC_BENCH_PULL_CPU_PROFILE=<file>`:
 * the pulling page's, from enrolment to the last row (open either in Chrome DevTools).
 */
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

/** Runs in the page: `count` sessions through createSession() by `volunteerId`, `parallel` transactions at a time. */
async function insertSessions({ count, serviceCodes, parallel, volunteerId }) {
  const { createSession, getDb, getEnrolment, setCurrentActor, uuidv7, toLocalIsoWithOffset } = window.UraBench;
  await getDb().open();
  const enrolment = await getEnrolment();
  if (!enrolment) throw new Error('the tablet is not enrolled');
  const profile = { ...enrolment, volunteerId };
  setCurrentActor(volunteerId); // as the app's sign-in gate does: each outbox row names who made the change
  let seed = 3;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (list) => list[Math.floor(random() * list.length)];
  // Over the last 25 days (inside the tablet's local window of 30), saved in the order they happened, as a
  // volunteer saves them: the outbox, and so each push batch, goes through the days in order.
  const whens = Array.from({ length: count }, () => {
    const when = new Date();
    when.setDate(when.getDate() - Math.floor(random() * 25));
    when.setHours(8 + Math.floor(random() * 8), Math.floor(random() * 60), 0, 0);
    return when;
  }).sort((a, b) => a - b);
  let saved = 0;
  const one = () => {
    const when = whens[saved++];
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
 * Tablet A: enrolled, `network.volunteer` signed in, then offline while `count` sessions are written; back
 * online, "Sync now", timed until its outbox is empty. Returns { pushMs, insertMs, refused, close, … }.
 */
export async function devicePush({ executablePath, network, count, serviceCodes, script, log, measure }) {
  const tablet = await launchDevice({ executablePath, baseURL: network.baseUrl });
  try {
    return await pushFrom(tablet, { network, count, serviceCodes, script, log, measure });
  } catch (error) {
    await tablet.close(); // the caller only gets close() with a result
    throw error;
  }
}

async function pushFrom(tablet, { network, count, serviceCodes, script, log, measure }) {
  const page = await firstPage(tablet.context);
  page.setDefaultTimeout(60_000);
  await enrolTablet(page, network);
  await waitForOfflineReady(page);
  // A screen that lists no sessions. Each full load asks the PIN again (the data key lives in memory only).
  await gotoUnlocked(page, '/settings');
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  await tablet.context.setOffline(true);
  await loadTabletPage(page, script);
  const volunteerId = network.volunteer.id;
  const insertMs = await page.evaluate(insertSessions, { count, serviceCodes, parallel: 50, volunteerId });
  log(
    `  ${count} sessions written on tablet A in ${Math.round(insertMs)} ms; outbox ${await page.evaluate(countRows, 'outbox')}`,
  );
  await gotoUnlocked(page, '/sync'); // offline: the PIN unlocks without asking the server; locked, sync would wait
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
  const refused = await page.evaluate(countRows, 'deadLetters');
  log(`  push: ${describeTimings(timings)}; ${refused} refused by the server`);
  if (refused > 0) throw new Error(`the server refused ${refused} of ${count} sessions`);
  return { pushMs, insertMs, refused, memory, timings, close: tablet.close };
}

/**
 * Tablet B: a second tablet of the network's centre, enrolled with a code of its own and a second volunteer
 * signed in. Two times until it holds `count` sessions: `pullingMs` from the request of its first page (the
 * pull's target), `pullMs` from the click on "Enrol tablet" (its enrolment, sign-in and PIN, typed by the
 * benchmark, inside; memory and CPU are sampled over this one).
 */
export async function devicePull({ executablePath, network, count, measure, log }) {
  const enrolmentCode = await newEnrolmentCode(network, 'Bench tablet B');
  const volunteer = await addVolunteer(network, 'Blerta');
  const tablet = await launchDevice({ executablePath, baseURL: network.baseUrl });
  try {
    const page = await firstPage(tablet.context);
    page.setDefaultTimeout(60_000);
    await openEnrolment(page, enrolmentCode);
    await page.evaluate(keepResourceTimings);
    const pullProfile = process.env.SYNC_BENCH_PULL_CPU_PROFILE;
    const profiler = pullProfile ? await startCpuProfile(tablet.context, page) : null;
    let pageAtStart = 0;
    const { result: pullMs, ...memory } = await measure(async () => {
      pageAtStart = await page.evaluate(() => performance.now());
      const started = performance.now();
      await finishEnrolment(page, volunteer);
      let lastLog = started;
      await pollUntil(
        async () => {
          const held = await page.evaluate(countRows, 'sessions');
          if (performance.now() - lastLog > 10_000) {
            lastLog = performance.now();
            log(`  ${Math.round((lastLog - started) / 1000)} s: ${held} of ${count} sessions on tablet B`);
          }
          return held >= count;
        },
        { timeoutMs: 600_000 },
      );
      return performance.now() - started;
    });
    if (profiler) await profiler.stopInto(pullProfile);
    const held = await page.evaluate(countRows, 'sessions');
    const timings = await page.evaluate(syncTimings, '/api/sync/v1/pull');
    log(`  pull: ${describeTimings(timings)}`);
    // The pulling alone: from the request of the first page with sessions to the last row stored, without
    // enrolment, sign-in and PIN. A probe while the tablet is still locked asks one row (well under 4 KB).
    const firstPageAt = await page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .find((e) => e.name.includes('/api/sync/v1/pull') && e.encodedBodySize > 4_000)?.startTime ?? null,
    );
    const pullingMs = firstPageAt === null ? null : pullMs - (firstPageAt - pageAtStart);
    return { pullMs, pullingMs, held, memory, timings };
  } finally {
    await tablet.close();
  }
}
