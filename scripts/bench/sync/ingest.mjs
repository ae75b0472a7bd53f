// Server ingest alone: one device (enrolled with a code, a volunteer signed in on it: ../network.mjs) pushes
// `count` random sessions in batches of `batch` over HTTP on loopback from Node, one batch in flight (as a
// tablet does). Every result must be `applied`.
import { Agent, request } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { makeRandom, makeSession, uuidv7 } from './sessions.mjs';

/**
 * POSTs `json` (already JSON text) over one kept-alive connection with node:http, asking for a compressed answer
 * as a tablet does, and returns the parsed answer. Not fetch(): against a server that answers at once, a 100 KB
 * POST took 1.8-3.3 ms with fetch and 0.5-1.1 ms with node:http (load 4-5), 1-2 ms per batch of the client's own
 * work that was counted as the server's.
 */
function post(agent, url, json, token) {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      agent,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(json),
        'accept-encoding': 'gzip, deflate, br',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        try {
          const text = decode(res.headers['content-encoding'], Buffer.concat(chunks)).toString('utf8');
          if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}: ${text.slice(0, 300)}`);
          resolve(JSON.parse(text));
        } catch (error) {
          reject(error);
        }
      });
    });
    req.end(json);
  });
}

function decode(encoding, body) {
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  if (encoding === 'deflate') return inflateSync(body);
  return body;
}

/**
 * `device` from network.mjs enrolDevice(): each session is its signed-in volunteer's, each mutation names them.
 * The sessions fall on the last 50 days. `order`: 'chronological' (default) queues them in the order they happened,
 * as a tablet's outbox holds them (a batch of 200 covers a few days); 'shuffled' queues them in random order, so
 * every batch spreads over all 50 days (the worst case for the server's per-day report index).
 */
export async function measureIngest(baseUrl, { device, count, batch, serviceCodes, order = 'chronological' }) {
  const { deviceId, deviceToken, centreId, actorId } = device;
  const random = makeRandom(7);
  // Bodies are built and turned into JSON text before the clock starts: the server's time is measured, not the
  // generator's (JSON.stringify of a 200-session body is about 1 ms of this client's time per batch).
  const sessions = Array.from({ length: count }, () =>
    makeSession({ random, serviceCodes, centreId, deviceId, volunteerId: actorId }),
  );
  if (order === 'chronological') sessions.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const bodies = [];
  let seq = 0;
  for (let done = 0; done < count; done += batch) {
    const mutations = sessions.slice(done, done + batch).map((data) => {
      // Ids are made when a session is saved: in queue order, as on a tablet.
      data.id = uuidv7();
      return {
        mutationId: uuidv7(),
        deviceSeq: ++seq,
        type: 'session.create',
        recordId: data.id,
        payloadVersion: 1,
        actorId,
        data,
      };
    });
    bodies.push(JSON.stringify({ deviceId, batchId: uuidv7(), mutations }));
  }
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const latencies = [];
  const started = performance.now();
  for (const body of bodies) {
    const t0 = performance.now();
    const answer = await post(agent, `${baseUrl}/api/sync/v1/push`, body, deviceToken);
    latencies.push(performance.now() - t0);
    const bad = answer.results.find((r) => r.status !== 'applied');
    if (bad) throw new Error(`a mutation was not applied: ${JSON.stringify(bad)}`);
  }
  const ms = performance.now() - started;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    count,
    batch,
    order,
    ms: Math.round(ms),
    perSecond: Math.round((count / ms) * 1000),
    batchP50Ms: Math.round(latencies[Math.floor(latencies.length / 2)] * 10) / 10,
    batchP95Ms: Math.round(latencies[Math.floor(latencies.length * 0.95)] * 10) / 10,
  };
}

// Run alone: `node scripts/bench/sync/ingest.mjs [--sessions 10000] [--batch 200] [--pg <url>] [--no-sqlite] [--shuffled]`
// measures only the server's ingest (no PWA build, no Chromium) and prints one line per database.
// `--pg` takes the URL of a database to create a fresh one in (e.g. $TEST_DATABASE_URL).
async function runAlone() {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { loadavg } = await import('node:os');
  const { parseArgs } = await import('node:util');
  const { ROOT, startServer } = await import('../server.mjs');
  const { withPeakRss } = await import('./server.mjs');
  const { enrolDevice, makeNetwork } = await import('../network.mjs');
  const { values } = parseArgs({
    options: {
      sessions: { type: 'string', default: '10000' },
      batch: { type: 'string', default: '200' },
      pg: { type: 'string' },
      'no-sqlite': { type: 'boolean', default: false },
      shuffled: { type: 'boolean', default: false },
    },
  });
  const serviceCodes = JSON.parse(readFileSync(join(ROOT, 'src/shared/catalogue/data/al.json'), 'utf8'))
    .filter((s) => s.active !== false)
    .map((s) => s.code);
  const count = Number(values.sessions);
  const batch = Number(values.batch);
  const runs = values['no-sqlite'] ? [] : [['sqlite', undefined]];
  let dropPg = async () => {};
  if (values.pg) {
    const { default: pg } = await import('pg');
    const name = `ura_bench_ingest_${Date.now()}`;
    const admin = new pg.Client({ connectionString: values.pg });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(values.pg);
    url.pathname = `/${name}`;
    runs.push(['postgres', url.toString()]);
    dropPg = async () => {
      const c = new pg.Client({ connectionString: values.pg });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  try {
    for (const [kind, databaseUrl] of runs) {
      const s = await startServer({ databaseUrl, firstPort: 4450 });
      try {
        const network = await makeNetwork(s.url, s.output());
        const device = await enrolDevice(network, network.volunteer, 'Bench ingest');
        const { result, peakRssMB, cpuMs } = await withPeakRss(s.pid, () =>
          measureIngest(s.url, {
            device,
            count,
            batch,
            serviceCodes,
            order: values.shuffled ? 'shuffled' : 'chronological',
          }),
        );
        console.log(
          `ingest ${kind} (${result.order}): ${result.perSecond} sessions/s (${count} in ${result.ms} ms, batch p50 ${result.batchP50Ms} ms, p95 ${result.batchP95Ms} ms, peak RSS ${peakRssMB} MB, server CPU ${cpuMs === null ? '?' : Math.round((cpuMs / count) * 1000)} µs per session)`,
        );
      } finally {
        await s.stop();
      }
    }
  } finally {
    await dropPg();
  }
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  await runAlone();
}
