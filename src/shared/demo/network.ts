// demoNetwork(seed): organisations, centres, mobile points, people and devices of a demo network, as plain
// data for the server to insert. Names of people are role + centre code + number, never realistic names.
import type { Role } from '../auth/roles';
import { uuidv7 } from '../ids';
import type { Centre } from '../schemas/centre';
import { CENTRE_SEEDS, DEMO_PREFIX, ORGANISATION_SEEDS, type GroupRates, type NoteLanguage } from './networkData';
import { createRng, seedFrom, type Rng } from './random';

/** Every demo organisation and centre name starts with this, so a real database can refuse demo data. */
export const DEMO_MARKER = DEMO_PREFIX;
/** Identifies a demo network (e.g. in server_meta), so the server can tell a demo database apart. */
export const DEMO_NETWORK_ID = '0de30de3-0de3-7de3-8de3-0de30de30de3';

export type DemoOrganisation = { id: string; name: string };
export type DemoLocation = { id: string; centreId: string; label: string };
export type DemoUser = { id: string; displayName: string; login: string; role: Role; centreIds: string[] };
export type DemoDevice = { id: string; centreId: string; label: string };

export type DemoCentre = {
  /** Valid against centreSchema. */
  centre: Centre;
  /** Short code used in display names and logins: "SHK". */
  code: string;
  busyness: number;
  noteLanguage: NoteLanguage;
  rates: GroupRates;
  locations: DemoLocation[];
  adHocPlaces: string[];
  volunteerIds: string[];
  deviceIds: string[];
};

export type DemoNetwork = {
  id: typeof DEMO_NETWORK_ID;
  seed: number;
  organisations: DemoOrganisation[];
  centres: DemoCentre[];
  users: DemoUser[];
  devices: DemoDevice[];
};

export function isDemoName(name: string): boolean {
  return name.startsWith(DEMO_MARKER);
}

// Ids look as if made when the network was set up, one millisecond apart, in insertion order.
const SETUP_MS = Date.UTC(2024, 0, 15, 9, 0, 0);

export function demoNetwork(seed: number): DemoNetwork {
  const rng = createRng(seedFrom('demo-network', seed));
  let clock = SETUP_MS;
  const newId = (): string => uuidv7(clock++, rng.bytes(10));

  const organisations = ORGANISATION_SEEDS.map((o) => ({ key: o.key, id: newId(), name: o.name }));
  const orgIdByKey = new Map(organisations.map((o) => [o.key, o.id]));
  const users: DemoUser[] = [];
  const devices: DemoDevice[] = [];

  const centres = CENTRE_SEEDS.map((seedCentre): DemoCentre => {
    const id = newId();
    const centre: Centre = {
      id,
      name: seedCentre.name,
      country: seedCentre.country,
      municipality: seedCentre.municipality,
      kind: seedCentre.kind,
      organisationId: orgIdByKey.get(seedCentre.organisation),
      timeZone: seedCentre.timeZone,
    };
    const locations = (seedCentre.villages ?? []).map((label) => ({ id: newId(), centreId: id, label }));
    const volunteers = makeVolunteers(
      seedCentre.code,
      id,
      volunteerCount(rng, seedCentre.kind, seedCentre.busyness),
      newId,
    );
    users.push(...volunteers);
    const centreDevices = makeDevices(seedCentre.kind, seedCentre.busyness, id, newId);
    devices.push(...centreDevices);
    return {
      centre,
      code: seedCentre.code,
      busyness: seedCentre.busyness,
      noteLanguage: seedCentre.noteLanguage,
      rates: seedCentre.rates,
      locations,
      adHocPlaces: [...(seedCentre.adHocPlaces ?? [])],
      volunteerIds: volunteers.map((v) => v.id),
      deviceIds: centreDevices.map((d) => d.id),
    };
  });

  for (const c of centres) {
    const code = c.code.toLowerCase();
    users.push({
      id: newId(),
      displayName: `Coordinator ${c.code}`,
      login: `demo.${code}.coord`,
      role: 'coordinator',
      centreIds: [c.centre.id],
    });
  }
  const allCentreIds = centres.map((c) => c.centre.id);
  users.push({
    id: newId(),
    displayName: 'Network admin',
    login: 'demo.admin',
    role: 'admin',
    centreIds: allCentreIds,
  });

  return {
    id: DEMO_NETWORK_ID,
    seed,
    organisations: organisations.map(({ id, name }) => ({ id, name })),
    centres,
    users,
    devices,
  };
}

function volunteerCount(rng: Rng, kind: 'fixed' | 'mobile', busyness: number): number {
  return kind === 'mobile' ? rng.int(6, 9) : Math.round(busyness / 9) + rng.int(0, 2);
}

function makeVolunteers(code: string, centreId: string, count: number, newId: () => string): DemoUser[] {
  const lower = code.toLowerCase();
  return Array.from({ length: count }, (_, i) => ({
    id: newId(),
    displayName: `Volunteer ${code}-${i + 1}`,
    login: `demo.${lower}.v${i + 1}`,
    role: 'volunteer' as const,
    centreIds: [centreId],
  }));
}

function makeDevices(kind: 'fixed' | 'mobile', busyness: number, centreId: string, newId: () => string): DemoDevice[] {
  const count = kind === 'mobile' ? 2 : 1 + Math.floor(busyness / 40);
  return Array.from({ length: count }, (_, i) => ({ id: newId(), centreId, label: `Tablet ${i + 1}` }));
}
