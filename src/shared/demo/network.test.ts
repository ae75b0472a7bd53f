import { describe, expect, it } from 'vitest';
import { UUID_PATTERN } from '../ids';
import { centreSchema } from '../schemas/centre';
import { COUNTRIES } from '../schemas/vocabulary';
import { DEMO_MARKER, DEMO_NETWORK_ID, demoNetwork, isDemoName } from './network';

describe('demoNetwork', () => {
  const network = demoNetwork(42);

  it('is the same for the same seed, byte for byte, and has other ids for another seed', () => {
    expect(JSON.stringify(demoNetwork(42))).toBe(JSON.stringify(network));
    expect(demoNetwork(43).centres[0]?.centre.id).not.toBe(network.centres[0]?.centre.id);
    expect(demoNetwork(43).id).toBe(DEMO_NETWORK_ID);
  });

  it('marks every organisation and centre as demo data', () => {
    expect(network.organisations.length).toBeGreaterThanOrEqual(5);
    for (const o of network.organisations) expect(isDemoName(o.name)).toBe(true);
    for (const c of network.centres) expect(c.centre.name.startsWith(DEMO_MARKER)).toBe(true);
    expect(isDemoName('Qendra për Qytetari Digjitale')).toBe(false);
  });

  it('has valid centres in all five countries, fixed and mobile, in a real time zone', () => {
    for (const c of network.centres) {
      expect(centreSchema.parse(c.centre)).toEqual(c.centre);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: c.centre.timeZone })).not.toThrow();
      expect(network.organisations.map((o) => o.id)).toContain(c.centre.organisationId);
      expect(c.volunteerIds.length).toBeGreaterThan(0);
      expect(c.deviceIds.length).toBeGreaterThan(0);
    }
    expect(new Set(network.centres.map((c) => c.centre.country))).toEqual(new Set(COUNTRIES));
    const mobile = network.centres.filter((c) => c.centre.kind === 'mobile');
    expect(mobile.length).toBeGreaterThanOrEqual(2);
    for (const c of mobile) expect(c.locations.length).toBeGreaterThanOrEqual(3);
  });

  it('gives every record a unique UUIDv7', () => {
    const ids = [
      ...network.organisations.map((o) => o.id),
      ...network.centres.flatMap((c) => [c.centre.id, ...c.locations.map((l) => l.id)]),
      ...network.users.map((u) => u.id),
      ...network.devices.map((d) => d.id),
    ];
    for (const id of ids) expect(id).toMatch(UUID_PATTERN);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names people only by role, centre code and number', () => {
    const volunteers = network.users.filter((u) => u.role === 'volunteer');
    expect(volunteers.length).toBeGreaterThanOrEqual(100);
    for (const u of network.users) {
      expect(u.displayName).toMatch(/^(Volunteer [A-Z]{3}-\d+|Coordinator [A-Z]{3}|Network admin)$/);
      expect(u.login).toMatch(/^demo\.[a-z0-9.]+$/);
    }
    expect(new Set(network.users.map((u) => u.login)).size).toBe(network.users.length);
    for (const c of network.centres) {
      const coordinators = network.users.filter((u) => u.role === 'coordinator' && u.centreIds.includes(c.centre.id));
      expect(coordinators).toHaveLength(1);
    }
  });
});
