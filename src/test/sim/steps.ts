import { deleteSession, restoreSession } from '../../app/db/sessionDeletes';
import { toSession } from '../../app/db/sessionReads';
import { createSession, updateSession } from '../../app/db/sessions';
import type { LocalSession } from '../../app/db/tables';
import { loadStarterCatalogue } from '../../shared/catalogue/starterCatalogue';
import { toLocalIsoWithOffset } from '../../shared/localDateTime';
import type { Session } from '../../shared/schemas/session';
import { newDevice, type World } from './runScenario';
import type { Step } from './scenario';
import type { SimDevice } from './simDevice';
import { SimServer } from './simServer';

const CATALOGUE = loadStarterCatalogue().filter((s) => s.country === 'AL');
/** Engine outcomes a fault may cause; anything else during a run is a bug. */
const FAULT_OUTCOMES = ['offline', 'server_unavailable'];

export async function applyStep(world: World, step: Step): Promise<void> {
  switch (step.kind) {
    case 'create': {
      const d = deviceOf(world, step.device);
      const profile = await d.profile();
      const session: Session = {
        ...step.fields,
        id: d.newId(),
        centreId: profile.centreId,
        volunteerId: profile.volunteerId,
        deviceId: profile.deviceId,
        occurredAt: toLocalIsoWithOffset(new Date(d.now())),
        channel: 'walk_in',
        requester: 'citizen',
        groups: [],
        firstVisit: 'yes',
      };
      return d.use(() => createSession(session));
    }
    case 'edit': {
      const d = deviceOf(world, step.device);
      const s = await pickSession(d, step.pick, (x) => !x.deletedAt);
      if (!s) return;
      const { dropNotes, ...fields } = step.fields;
      const next: Session = { ...toSession(s), ...fields };
      if (dropNotes) delete next.notes;
      return d.use(() => updateSession(next));
    }
    case 'delete': {
      const d = deviceOf(world, step.device);
      const s = await pickSession(d, step.pick, (x) => !x.deletedAt);
      return s && d.use(() => deleteSession(s.id));
    }
    case 'undo': {
      const d = deviceOf(world, step.device);
      const s = await pickSession(d, step.pick, (x) => x.deletedAt !== undefined);
      return s && d.use(() => restoreSession(s.id));
    }
    case 'sync':
      return syncWithFaults(deviceOf(world, step.device), step);
    case 'deliverLate':
      return world.network.deliverLate();
    case 'wipe': {
      const slot = step.device % world.devices.length;
      const old = world.devices[slot]!;
      world.wiped.push(old);
      world.devices[slot] = await newDevice(world, slot, world.centre);
      return;
    }
    case 'backup':
      world.backup = world.network.server.backup();
      return;
    case 'restore':
      world.network.server = await SimServer.restore(world.network.server, world.backup, () => new Date(world.clock.now));
      return;
    case 'catalogue': {
      const next = CATALOGUE[world.catalogueAdded++ % CATALOGUE.length];
      if (next) await world.network.server.store.seedCatalogue([next]);
      return;
    }
    case 'tick':
      world.clock.now += step.ms;
      return;
  }
}

async function syncWithFaults(d: SimDevice, step: Extract<Step, { kind: 'sync' }>): Promise<void> {
  d.faults.splice(0, d.faults.length, ...step.faults);
  const outcome = await d.engine.runCycle();
  d.faults.length = 0;
  const isCrash = d.hasCrashed && outcome.kind === 'failed' && outcome.code === 'sync_failed';
  d.restart();
  if (outcome.kind === 'failed' && !FAULT_OUTCOMES.includes(outcome.code) && !isCrash) {
    throw new Error(`sync under faults ${JSON.stringify(step.faults)} ended ${JSON.stringify(outcome)}`);
  }
}

function deviceOf(world: World, index: number): SimDevice {
  return world.devices[index % world.devices.length]!;
}

async function pickSession(d: SimDevice, pick: number, test: (s: LocalSession) => boolean): Promise<LocalSession | undefined> {
  const list = (await d.db.sessions.orderBy('id').toArray()).filter(test);
  return list.length === 0 ? undefined : list[pick % list.length];
}
