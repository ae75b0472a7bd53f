import { uuidv7 } from '../ids';
import type { Session } from '../schemas/session';
import { SESSION_SCHEMA_VERSION } from '../schemas/sessionVersion';
import type { HandoffPlaintext } from './format';

/** A realistic plaintext for tests: `n` sessions of one centre and their create mutations. */
export function samplePlaintext(n: number, ids: { centreId: string; deviceId: string; volunteerId: string; actorId?: string }): HandoffPlaintext {
  const sessions: HandoffPlaintext['sessions'] = [];
  const mutations: HandoffPlaintext['mutations'] = [];
  for (let i = 0; i < n; i++) {
    const session: Session = {
      id: uuidv7(),
      centreId: ids.centreId,
      volunteerId: ids.volunteerId,
      deviceId: ids.deviceId,
      occurredAt: `2026-11-${String(10 + (i % 9)).padStart(2, '0')}T10:${String(i % 60).padStart(2, '0')}:00+01:00`,
      durationMin: 20,
      channel: 'walk_in',
      requester: 'citizen',
      services: [{ serviceCode: 'AL-TAX-EFILING', outcome: 'completed' }],
      gender: 'female',
      ageBand: '25_34',
      groups: [],
      firstVisit: 'yes',
    };
    sessions.push({ session, version: 0 });
    mutations.push({
      mutationId: uuidv7(),
      deviceSeq: i + 1,
      type: 'session.create',
      recordId: session.id,
      payloadVersion: SESSION_SCHEMA_VERSION,
      data: session,
      ...(ids.actorId ? { actorId: ids.actorId } : {}),
    });
  }
  return { sessions, mutations };
}
