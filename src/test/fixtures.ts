import type { Session } from '../shared/schemas/session';
import { uuidv7 } from '../shared/ids';

/** A valid session; override what a test is about. */
export function aSession(overrides: Partial<Session> = {}): Session {
  return {
    id: uuidv7(),
    centreId: '01900000-0000-7000-8000-000000000001',
    volunteerId: '01900000-0000-7000-8000-000000000002',
    deviceId: '01900000-0000-7000-8000-000000000003',
    occurredAt: '2026-11-20T10:15:00+01:00',
    durationMin: 10,
    channel: 'walk_in',
    requester: 'citizen',
    services: [{ serviceCode: 'AL-CIVIL-BIRTH-CERT', outcome: 'completed' }],
    gender: 'female',
    ageBand: '65_plus',
    groups: ['rural'],
    firstVisit: 'yes',
    ...overrides,
  };
}
