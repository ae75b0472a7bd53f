// Device storage per 1,000 sessions: insert them through the app's own createSession() (the code the
// Save button runs: schema check, strict transaction, session + outbox row) and compare
// navigator.storage.estimate() before and after.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bundleTabletPage, loadTabletPage } from '../browser.mjs';
import { ROOT } from '../server.mjs';
import { gotoUnlocked } from '../unlock.mjs';

/** Runs in the page: `count` realistic sessions from a seeded generator, each saved with createSession(). */
async function insertSessions({ count, serviceCodes, volunteerId }) {
  const { createSession, getDb, getEnrolment, setCurrentActor, uuidv7, toLocalIsoWithOffset } = window.UraBench;
  // A second connection next to the app's. If the served build has an older database schema than src/,
  // opening waits forever for an upgrade the app's connection blocks: fail clearly instead.
  const timeout = new Promise((resolve) => setTimeout(() => resolve(false), 10_000));
  if (
    !(await Promise.race([
      getDb()
        .open()
        .then(() => true),
      timeout,
    ]))
  ) {
    throw new Error('could not open the database next to the app (upgrade blocked: is the build older than src/?)');
  }
  const enrolment = await getEnrolment();
  if (!enrolment) throw new Error('the tablet is not enrolled');
  const profile = { ...enrolment, volunteerId };
  setCurrentActor(volunteerId); // as the app's sign-in gate does: each outbox row names who made the change
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const NOTES = [
    'came back with the missing papers',
    'needs help again next week for the second step',
    'son will bring the ID card',
    'portal was slow, finished on the second try',
  ];

  const estimate = () => navigator.storage.estimate();
  const before = await estimate();
  let jsonBytes = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    // Spread over the last 50 working days, 08:00–16:00.
    const when = new Date();
    when.setDate(when.getDate() - Math.floor(random() * 50));
    when.setHours(8 + Math.floor(random() * 8), Math.floor(random() * 60), 0, 0);
    const services = [pick(serviceCodes), ...(chance(0.2) ? [pick(serviceCodes)] : [])]
      .filter((code, k, all) => all.indexOf(code) === k)
      .map((serviceCode) =>
        chance(0.15)
          ? {
              serviceCode,
              outcome: pick(['partly_completed', 'referred', 'not_completed']),
              blocker: pick(['no_eid', 'portal_outage', 'missing_documents', 'fee_payment', 'other']),
            }
          : { serviceCode, outcome: 'completed' },
      );
    const channel = chance(0.85) ? 'walk_in' : pick(['phone', 'mobile_point', 'home_visit']);
    const groups = ['rural', 'low_digital_literacy', 'unemployed', 'low_income', 'disability'].filter(() =>
      chance(0.15),
    );
    const session = {
      id: uuidv7(),
      centreId: profile.centreId,
      volunteerId: profile.volunteerId,
      deviceId: profile.deviceId,
      occurredAt: toLocalIsoWithOffset(when),
      durationMin: pick([5, 10, 10, 15, 15, 20, 30, 45]),
      channel,
      ...(channel === 'mobile_point' ? { locationLabel: 'Municipal hall, Vau i Dejës' } : {}),
      requester: chance(0.95) ? 'citizen' : 'organisation',
      services,
      gender: pick(['female', 'female', 'male', 'male', 'not_stated']),
      ageBand: pick(['18_24', '25_34', '35_44', '45_54', '55_64', '65_plus', '65_plus']),
      groups,
      firstVisit: pick(['yes', 'no', 'no', 'unknown']),
      ...(chance(0.3)
        ? { skills: [pick(['email_account', 'eid_registration', 'online_payment', 'portal_navigation'])] }
        : {}),
      ...(chance(0.2) ? { notes: pick(NOTES) } : {}),
    };
    jsonBytes += 2 * JSON.stringify(session).length; // once in sessions, once as the outbox payload
    await createSession(session);
  }
  const insertMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 1000)); // let the quota bookkeeping catch up
  const after = await estimate();
  return { before, after, insertMs, jsonBytes };
}

/** Bytes of the profile's IndexedDB files by kind: LevelDB tables (.ldb), its write-ahead log (.log), the rest. */
function indexedDbFiles(profileDir) {
  const sizes = { tables: 0, log: 0, other: 0 };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ldb')) sizes.tables += statSync(path).size;
      else if (entry.name.endsWith('.log')) sizes.log += statSync(path).size;
      else sizes.other += statSync(path).size;
    }
  };
  try {
    walk(join(profileDir, 'Default', 'IndexedDB'));
  } catch {
    return null; // another layout: not reported
  }
  return sizes;
}

/** `profileDir`'s files after minus before, per kind. */
function filesDelta(before, after) {
  if (!before || !after) return null;
  return Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));
}

/**
 * `context`: an enrolled tablet, `volunteerId` the person signed in on it. Returns the usage delta in bytes
 * (and IndexedDB's share when reported).
 */
export async function measureStorage(context, { count, profileDir, volunteerId, country = 'al' }) {
  const catalogue = JSON.parse(readFileSync(join(ROOT, `src/shared/catalogue/data/${country}.json`), 'utf8'));
  const serviceCodes = catalogue.filter((s) => s.active !== false).map((s) => s.code);
  const script = await bundleTabletPage();

  const page = await context.newPage();
  // A screen that does not list sessions, so the inserts trigger little UI work. A full load: the PIN again.
  await gotoUnlocked(page, '/settings');
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  await loadTabletPage(page, script);
  const filesBefore = indexedDbFiles(profileDir);
  const r = await page.evaluate(insertSessions, { count, serviceCodes, volunteerId });
  const filesAfter = indexedDbFiles(profileDir);
  await page.close();

  const idb = (e) => e.usageDetails?.indexedDB;
  return {
    count,
    method: 'createSession() from src/app/db/sessions.ts, bundled and run in the page',
    usageDeltaBytes: r.after.usage - r.before.usage,
    indexedDbDeltaBytes: idb(r.after) !== undefined ? idb(r.after) - (idb(r.before) ?? 0) : null,
    jsonBytes: r.jsonBytes,
    diskDeltaBytes: filesDelta(filesBefore, filesAfter),
    insertMsPerSession: Math.round((r.insertMs / count) * 10) / 10,
    usageAfterBytes: r.after.usage,
    quotaBytes: r.after.quota,
  };
}
