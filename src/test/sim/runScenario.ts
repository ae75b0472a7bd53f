import { loadStarterCatalogue } from '../../shared/catalogue/starterCatalogue';
import type { Centre } from '../../shared/schemas/centre';
import { checkInvariants } from './invariants';
import { prng } from './prng';
import { applyStep } from './steps';
import type { Scenario } from './scenario';
import { SimDevice } from './simDevice';
import { SimNetwork } from './simNetwork';
import { SimServer } from './simServer';

const START = Date.parse('2026-03-10T08:00:00Z');
const CATALOGUE = loadStarterCatalogue().filter((s) => s.country === 'AL');

/** Everything one run works on; steps.ts changes it, invariants.ts checks it. */
export type World = {
  clock: { now: number };
  random: () => number;
  network: SimNetwork;
  backup: Buffer;
  devices: SimDevice[];
  wiped: SimDevice[];
  centre: Centre;
  catalogueAdded: number;
  scenario: Scenario;
  firstEpoch: string;
};

/** One seeded run: set up, random steps with faults, then faults off, sync to quiescence, check. */
export async function runScenario(scenario: Scenario): Promise<void> {
  const clock = { now: START };
  const server = await SimServer.start(() => new Date(clock.now));
  await server.store.seedCatalogue(CATALOGUE.slice(0, 3));
  const network = new SimNetwork(server);
  const world: World = {
    clock,
    random: prng(scenario.seed),
    network,
    backup: server.backup(),
    devices: [],
    wiped: [],
    centre: { id: '', name: 'ADISA Shkodër', country: 'AL', municipality: 'Shkodër', kind: 'fixed', timeZone: 'Europe/Tirane' },
    catalogueAdded: 3,
    scenario,
    firstEpoch: server.store.serverEpoch(),
  };
  try {
    await setUpDevices(world);
    for (const step of scenario.steps) {
      await applyStep(world, step);
      clock.now += 1_000;
    }
    await quiesce(world);
    await checkInvariants(world);
  } finally {
    await world.network.server.close();
    for (const d of [...world.devices, ...world.wiped]) await d.destroy();
  }
}

/** The first tablet creates the centre on its first sync; the others join it. Then a backup. */
async function setUpDevices(world: World): Promise<void> {
  world.network.isFaulty = false;
  const first = await newDevice(world, 0, { ...world.centre, id: 'unused' });
  await expectDone(first, 'first registration');
  const centreId = (await first.profile()).centreId;
  world.centre = (await first.db.centres.get(centreId)) ?? world.centre;
  world.devices.push(first);
  for (let i = 1; i < world.scenario.deviceCount; i++) world.devices.push(await newDevice(world, i, world.centre));
  // A shared starting point: two sessions per tablet, known to every tablet, so edits can collide.
  for (let i = 0; i < world.devices.length; i++) {
    for (const durationMin of [10 + i, 20 + i]) {
      await applyStep(world, { kind: 'create', device: i, fields: { durationMin, gender: 'female', ageBand: '25_34', services: [{ serviceCode: 'AL-TAX-EFILING', outcome: 'completed' }] } });
    }
  }
  // Big pages for the setup (it is not what the run is about), the scenario's page size after it.
  for (const d of world.devices) d.options.pullLimit = 1000;
  for (let round = 0; round < 2; round++) for (const d of world.devices) await expectDone(d, 'setup');
  for (const d of world.devices) d.options.pullLimit = world.scenario.pullLimit;
  world.backup = world.network.server.backup();
  world.network.isFaulty = true;
}

export async function newDevice(world: World, slot: number, centre: Centre): Promise<SimDevice> {
  const local = centre.id === 'unused' ? { ...centre, id: '0190f000-0000-7000-8000-00000000c0de' } : centre;
  return SimDevice.setUp({
    clock: world.clock,
    skewMs: world.scenario.skews[slot] ?? 0,
    random: prng(world.scenario.seed + 7919 * (slot + 1) + world.wiped.length),
    network: world.network,
    pullLimit: world.scenario.pullLimit,
    centre: local,
  });
}

/** Faults off, held-back requests delivered, then sync rounds until nothing changes any more. */
async function quiesce(world: World): Promise<void> {
  world.network.isFaulty = false;
  await world.network.deliverLate();
  let previous = '';
  for (let round = 0; round < 8; round++) {
    for (const d of world.devices) await expectDone(d, `quiescence round ${round}`);
    const print = await fingerprint(world);
    if (print === previous) return;
    previous = print;
  }
  throw new Error('sync did not reach quiescence in 8 rounds');
}

async function fingerprint(world: World): Promise<string> {
  const seqs = await world.network.server.db.selectFrom('scope_seqs').selectAll().orderBy('scope').execute();
  const parts: unknown[] = [seqs];
  for (const d of world.devices) parts.push(await d.db.outbox.count(), (await d.db.meta.get('sync'))?.value);
  return JSON.stringify(parts);
}

export async function expectDone(device: SimDevice, when: string): Promise<void> {
  const outcome = await device.engine.runCycle();
  if (outcome.kind !== 'done') throw new Error(`${when}: sync ended ${JSON.stringify(outcome)}`);
}
