// The tablet side of `npm run bench:offline`: a headless-Chromium tablet set up and registered, cut off while
// a busy centre's two weeks of sessions are written through the app's own createSession(), then reconnected
// (on loopback, or on a throttled link) and timed until the server has acknowledged every one.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { firstPage, launchDevice, loadTabletPage, waitForOfflineReady } from './browser.mjs';
import { enrolTablet, makeNetwork } from './network.mjs';
import { gotoUnlocked } from './unlock.mjs';

/** Row counts straight from IndexedDB (no app code). */
const countRows = (stores) =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('ura');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(stores);
      const counts = {};
      for (const store of stores) {
        const req = tx.objectStore(store).count();
        req.onsuccess = () => (counts[store] = req.result);
      }
      tx.oncomplete = () => (db.close(), resolve(counts));
      tx.onerror = () => reject(tx.error);
    };
  });

/** The reasons the server gave for refused changes, with how many of each. */
const refusalReasons = () =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('ura');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const req = db.transaction('deadLetters').objectStore('deadLetters').getAll();
      req.onsuccess = () => {
        db.close();
        const reasons = {};
        for (const r of req.result) reasons[`${r.code}: ${r.message}`] = (reasons[`${r.code}: ${r.message}`] ?? 0) + 1;
        resolve(reasons);
      };
      req.onerror = () => reject(req.error);
    };
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function pollUntil(fn, { timeoutMs, intervalMs = 100 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms`);
    await sleep(intervalMs);
  }
}

/** Bytes of the files under `dir` (0 when it does not exist). */
function folderBytes(dir) {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/**
 * Runs in the page: the busiest Albanian desk of the demo network, `days` days up to today, scaled so the
 * fortnight holds `count` sessions, re-homed to this tablet and saved one by one through createSession().
 */
async function writeFortnight({ count, days, seed, volunteerId }) {
  const { createSession, getDb, getEnrolment, setCurrentActor, demoNetwork, generateSessions } = window.UraBench;
  await getDb().open();
  const enrolment = await getEnrolment();
  if (!enrolment) throw new Error('the tablet is not enrolled');
  const profile = { ...enrolment, volunteerId };
  setCurrentActor(volunteerId); // as the app's sign-in gate does: each outbox row names who made the change
  const network = demoNetwork(seed);
  const desks = network.centres.filter((c) => c.centre.country === 'AL' && c.centre.kind === 'fixed');
  const busiest = desks.reduce((a, b) => (b.busyness > a.busyness ? b : a));
  const day = (offset) => {
    const d = new Date();
    d.setDate(d.getDate() - offset);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const range = { seed, from: day(days - 1), to: day(0) };
  const onePass = [...generateSessions(network, range)].filter((s) => s.centreId === busiest.centre.id).length;
  const scale = Math.max(1, Math.ceil((count / Math.max(1, onePass)) * 1.1));
  const sessions = [];
  for (const s of generateSessions(network, { ...range, scale })) {
    if (s.centreId !== busiest.centre.id) continue;
    const { locationId: _dropped, ...rest } = s; // the demo centre's places are not this tablet's
    sessions.push({
      ...rest,
      centreId: profile.centreId,
      deviceId: profile.deviceId,
      volunteerId: profile.volunteerId,
    });
    if (sessions.length === count) break;
  }
  if (sessions.length < count) throw new Error(`the generator gave ${sessions.length} sessions, not ${count}`);
  const started = performance.now();
  for (const session of sessions) await createSession(session);
  const groups = new Set(sessions.flatMap((s) => s.groups));
  return {
    writeMs: performance.now() - started,
    centre: busiest.centre.name,
    from: range.from,
    to: range.to,
    services: sessions.reduce((n, s) => n + s.services.length, 0),
    withNotes: sessions.filter((s) => s.notes).length,
    groups: groups.size,
  };
}

/** A fresh tablet, enrolled with a code, a volunteer signed in, the app shell cached for offline use. */
async function readyTablet({ executablePath, server }) {
  const network = await makeNetwork(server.url, server.output());
  const tablet = await launchDevice({ executablePath, baseURL: server.url });
  try {
    const page = await firstPage(tablet.context);
    page.setDefaultTimeout(60_000);
    await enrolTablet(page, network);
    await waitForOfflineReady(page);
    return { tablet, page, volunteerId: network.volunteer.id };
  } catch (error) {
    await tablet.close();
    throw error;
  }
}

/**
 * One tablet through a fortnight offline and its reconnect. `link` is null (loopback) or
 * { downKbps, upKbps, latencyMs }. Network conditions go through the DevTools protocol
 * (Network.emulateNetworkConditions) for the whole offline period too, so the reconnect switches straight
 * from offline to the throttled link with no unthrottled moment in between.
 */
export async function fortnightOffline({ executablePath, server, script, count, days, seed, link, log }) {
  const { tablet, page, volunteerId } = await readyTablet({ executablePath, server });
  try {
    // A screen that lists no sessions. Each full load asks the PIN again (the data key lives in memory only).
    await gotoUnlocked(page, '/settings');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    const cdp = await tablet.context.newCDPSession(page);
    const conditions = (offline, l) => ({
      offline,
      latency: l?.latencyMs ?? 0,
      downloadThroughput: l ? (l.downKbps * 1000) / 8 : -1,
      uploadThroughput: l ? (l.upKbps * 1000) / 8 : -1,
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', conditions(true, null));
    const before = await page.evaluate(() => navigator.storage.estimate());
    const idbBefore = folderBytes(join(tablet.profileDir, 'Default', 'IndexedDB'));
    await loadTabletPage(page, script);
    const written = await page.evaluate(writeFortnight, { count, days, seed, volunteerId });
    const after = await page.evaluate(() => navigator.storage.estimate());
    const pending = await page.evaluate(countRows, ['outbox', 'sessions']);
    log(
      `  ${pending.sessions} sessions written offline in ${Math.round(written.writeMs)} ms; outbox ${pending.outbox}`,
    );
    if (pending.outbox < count) throw new Error(`only ${pending.outbox} of ${count} sessions are pending`);
    const storage = {
      usageBytes: after.usage,
      addedBytes: after.usage - before.usage,
      quotaBytes: after.quota,
      indexedDbFolderBytes: folderBytes(join(tablet.profileDir, 'Default', 'IndexedDB')),
      indexedDbFolderAddedBytes: folderBytes(join(tablet.profileDir, 'Default', 'IndexedDB')) - idbBefore,
      profileFolderBytes: folderBytes(tablet.profileDir),
    };

    await gotoUnlocked(page, '/sync'); // still offline: the PIN unlocks without the server; locked, sync would wait
    const syncNow = page.getByRole('button', { name: 'Sync now' });
    await syncNow.waitFor();
    const started = performance.now();
    await cdp.send('Network.emulateNetworkConditions', conditions(false, link)); // the `online` event starts a push …
    await syncNow.click({ timeout: 5_000 }).catch(() => {}); // … and "Sync now" in case it came first (disabled while one runs)
    let lastLog = started;
    const done = await pollUntil(
      async () => {
        const counts = await page.evaluate(countRows, ['outbox', 'deadLetters']);
        if (performance.now() - lastLog > 10_000) {
          lastLog = performance.now();
          log(
            `  ${Math.round((lastLog - started) / 1000)} s: ${counts.outbox} still pending, ${counts.deadLetters} refused`,
          );
        }
        return counts.outbox === 0 ? counts : null;
      },
      { timeoutMs: 900_000, intervalMs: 100 },
    );
    const reconnectMs = performance.now() - started;
    if (done.deadLetters > 0) log(`  refused by the server: ${JSON.stringify(await page.evaluate(refusalReasons))}`);
    return { reconnectMs, deadLetters: done.deadLetters, storage, written };
  } finally {
    await tablet.close();
  }
}
