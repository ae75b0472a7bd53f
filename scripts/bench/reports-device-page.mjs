// Bundled on the fly by reports-device.mjs and evaluated in a blank page: the tablet's own report, the code the
// /reports screen runs (the week's seven day-count rows read from Dexie, the shared report built from them) and
// its tables rendered with React.
import './page/jitless.js';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import admin from '../../locales/en/admin.json';
import reports from '../../locales/en/reports.json';
import vocabulary from '../../locales/en/vocabulary.json';
import { AppDb, useDb } from '../../src/app/db/AppDb.ts';
import { holdDataKey, loadSealCipher } from '../../src/app/db/sealing/dataKey.ts';
import { loadLocalReport } from '../../src/app/features/localReport/queries.ts';
import { ReportTableView } from '../../src/app/features/console/reports/ReportTableView.tsx';
import { TotalsTable } from '../../src/app/features/console/reports/TotalsTable.tsx';
import { starterCatalogueFor } from '../../src/shared/catalogue/starterCatalogue.ts';
import { countSessions, demoNetwork, generateSessions } from '../../src/shared/demo/index.ts';
import { datesBetween, previousWeek, weekRange } from '../../src/shared/reports/index.ts';

let centre;
let db;

/** `perWeek` demo sessions of one centre in each of `weeks` weeks ending with `week`, as the tablet would hold them. */
export async function seed({ week, perWeek, weeks }) {
  const network = demoNetwork(7);
  const chosen = network.centres.find((c) => c.centre.kind === 'fixed') ?? network.centres[0];
  centre = chosen.centre;
  // Signed in, as the report screen always is: groups are sealed at rest with the data key (db/sealing).
  await loadSealCipher();
  holdDataKey(crypto.getRandomValues(new Uint8Array(32)));
  db = new AppDb(`ura-report-bench-${Date.now()}`);
  useDb(db);
  await db.catalogue.bulkPut(starterCatalogueFor(centre.country));
  await db.centres.put(centre);
  const one = { ...network, centres: [chosen] };
  let w = week;
  for (let i = 0; i < weeks; i++, w = previousWeek(w)) {
    const { start, end } = weekRange(w);
    const atScale1 = countSessions(one, { seed: 7, from: start, to: end });
    const scale = (perWeek / Math.max(1, atScale1)) * 1.15;
    const rows = [];
    for (const s of generateSessions(one, { seed: 7, from: start, to: end, scale })) {
      rows.push({ ...s, day: s.occurredAt.slice(0, 10), updatedAt: Date.now(), version: 1 });
      if (rows.length === perWeek) break;
    }
    if (rows.length < perWeek) throw new Error(`the generator gave ${rows.length} sessions for ${w}, not ${perWeek}`);
    await db.sessions.bulkPut(rows);
  }
  return { stored: await db.sessions.count(), centre: centre.name };
}

const i18n = i18next.createInstance();
let root;

async function setUpRender() {
  if (root) return;
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { admin, reports, vocabulary } },
    ns: ['admin', 'reports', 'vocabulary'],
    defaultNS: 'admin',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  const host = document.createElement('main');
  document.body.append(host);
  root = createRoot(host);
}

function view(data) {
  const names = { centreName: () => centre.name, serviceName: (code) => data.serviceNames.get(code)?.en };
  return createElement(
    I18nextProvider,
    { i18n },
    createElement(TotalsTable, { totals: data.report.totals, comparison: null }),
    ...data.report.tables.map((table) => createElement(ReportTableView, { key: table.id, table, names })),
  );
}

/**
 * One run as the /reports screen does it: loadLocalReport (the week's seven day rows from IndexedDB, the report
 * built from them), then its tables and charts rendered synchronously.
 */
export async function measure({ week }) {
  await setUpRender();
  flushSync(() => root.render(null));
  const started = performance.now();
  const data = await loadLocalReport(centre.id, centre.country, week);
  const loaded = performance.now();
  flushSync(() => root.render(view(data)));
  const rendered = performance.now();
  return {
    loadMs: loaded - started,
    renderMs: rendered - loaded,
    totalMs: rendered - started,
    sessions: data.report.totals.sessions,
    rows: document.querySelectorAll('main tbody tr').length,
    charts: document.querySelectorAll('main svg[role="img"]').length,
  };
}

/**
 * The first report of a week whose day rows are missing (after the schema upgrade, or rows dropped while the
 * tablet was locked): loadLocalReport reads the week's sessions, counts them and stores the seven rows.
 */
export async function measureRebuild({ week }) {
  await db.dayCounts.bulkDelete(datesBetween(weekRange(week)).map((day) => [centre.id, day]));
  const started = performance.now();
  const data = await loadLocalReport(centre.id, centre.country, week);
  return { rebuildMs: performance.now() - started, sessions: data.report.totals.sessions };
}
