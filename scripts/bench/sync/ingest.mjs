// Server ingest alone: one registered device pushes `count` random sessions in batches of `batch` over HTTP
// on loopback from Node, one batch in flight (as a tablet does). Every result must be `applied`.
import { makeRandom, makeSession, uuidv7 } from './sessions.mjs';

async function post(url, body, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

export async function registerDevice(baseUrl, label = 'bench ingest') {
  return post(`${baseUrl}/api/sync/v1/register-device`, {
    centre: { name: 'Bench centre', country: 'AL', municipality: 'Shkodër', kind: 'fixed', timeZone: 'Europe/Tirane' },
    label,
  });
}

export async function measureIngest(baseUrl, { count, batch, serviceCodes }) {
  const { deviceId, deviceToken, centre } = await registerDevice(baseUrl);
  const random = makeRandom(7);
  const volunteerId = uuidv7();
  // Bodies are built before the clock starts: the server's time is measured, not the generator's.
  const bodies = [];
  let seq = 0;
  for (let done = 0; done < count; done += batch) {
    const mutations = [];
    for (let i = 0; i < Math.min(batch, count - done); i++) {
      const data = makeSession({ random, serviceCodes, centreId: centre.id, deviceId, volunteerId });
      mutations.push({
        mutationId: uuidv7(),
        deviceSeq: ++seq,
        type: 'session.create',
        recordId: data.id,
        payloadVersion: 1,
        data,
      });
    }
    bodies.push({ deviceId, batchId: uuidv7(), mutations });
  }
  const latencies = [];
  const started = performance.now();
  for (const body of bodies) {
    const t0 = performance.now();
    const answer = await post(`${baseUrl}/api/sync/v1/push`, body, deviceToken);
    latencies.push(performance.now() - t0);
    const bad = answer.results.find((r) => r.status !== 'applied');
    if (bad) throw new Error(`a mutation was not applied: ${JSON.stringify(bad)}`);
  }
  const ms = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    count,
    batch,
    ms: Math.round(ms),
    perSecond: Math.round((count / ms) * 1000),
    batchP50Ms: Math.round(latencies[Math.floor(latencies.length / 2)] * 10) / 10,
    batchP95Ms: Math.round(latencies[Math.floor(latencies.length * 0.95)] * 10) / 10,
  };
}
