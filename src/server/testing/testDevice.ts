import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { uuidv7 } from '../../shared/ids';
import type { Centre } from '../../shared/schemas/centre';
import { SESSION_SCHEMA_VERSION, type Session } from '../../shared/schemas/session';
import type { Mutation, MutationResult, PullResponse, RegisterDeviceResponse } from '../../shared/sync/protocol';

export const TEST_CENTRE = { name: 'ADISA Shkodër', country: 'AL', municipality: 'Shkodër', kind: 'fixed', timeZone: 'Europe/Tirane' };

/** A session as a device would record it, for the given centre and device. */
export function sessionData(centreId: string, deviceId: string, overrides: Partial<Session> = {}): Session {
  return {
    id: uuidv7(),
    centreId,
    volunteerId: '0190f000-0000-7000-8000-000000000001',
    deviceId,
    occurredAt: '2026-03-10T11:00:00+01:00',
    durationMin: 10,
    channel: 'walk_in',
    requester: 'citizen',
    services: [{ serviceCode: 'AL-CIVIL-BIRTH-CERT', outcome: 'completed' }],
    gender: 'female',
    ageBand: '25_34',
    groups: ['rural'],
    firstVisit: 'yes',
    ...overrides,
  };
}

/** A device talking to the app through app.inject(), the way the PWA's sync engine does. */
export class TestDevice {
  private seq = 0;
  /** The person this device's mutations speak for (actorId), once someone signed in on it. */
  actorId: string | undefined;
  constructor(
    readonly app: FastifyInstance,
    readonly id: string,
    readonly token: string,
    readonly centre: Centre,
  ) {}

  static async enrol(app: FastifyInstance, target: { centreId: string } | { centre: object } = { centre: TEST_CENTRE }): Promise<TestDevice> {
    const res = await app.inject({ method: 'POST', url: '/api/sync/v1/register-device', payload: { ...target, label: 'Counter 1' } });
    if (res.statusCode !== 201) throw new Error(`enrol failed: ${res.statusCode} ${res.body}`);
    const body = res.json<RegisterDeviceResponse>();
    return new TestDevice(app, body.deviceId, body.deviceToken, body.centre);
  }

  /** Makes later mutations and sessions speak for this person. */
  as(userId: string | undefined): this {
    this.actorId = userId;
    return this;
  }

  /** Another device of the same centre. */
  sibling(): Promise<TestDevice> {
    return TestDevice.enrol(this.app, { centreId: this.centre.id });
  }

  session(overrides: Partial<Session> = {}): Session {
    const author = this.actorId === undefined ? {} : { volunteerId: this.actorId };
    return sessionData(this.centre.id, this.id, { ...author, ...overrides });
  }

  create(data: Session | Record<string, unknown>, extra: Partial<Mutation> = {}): Mutation {
    return this.mutation({ type: 'session.create', recordId: String(data.id), data, ...extra });
  }
  update(recordId: string, baseVersion: number, patch: Record<string, unknown>): Mutation {
    return this.mutation({ type: 'session.update', recordId, baseVersion, patch });
  }
  remove(recordId: string, baseVersion?: number): Mutation {
    return this.mutation({ type: 'session.delete', recordId, ...(baseVersion === undefined ? {} : { baseVersion }) });
  }
  restore(recordId: string): Mutation {
    return this.mutation({ type: 'session.restore', recordId });
  }
  mutation(m: Omit<Mutation, 'mutationId' | 'deviceSeq' | 'payloadVersion'> & Partial<Mutation>): Mutation {
    const actor = this.actorId === undefined ? {} : { actorId: this.actorId };
    return { mutationId: uuidv7(), deviceSeq: ++this.seq, payloadVersion: SESSION_SCHEMA_VERSION, ...actor, ...m };
  }

  pushRaw(mutations: Mutation[], headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.post('/api/sync/v1/push', { deviceId: this.id, batchId: uuidv7(), mutations }, headers);
  }
  async push(...mutations: Mutation[]): Promise<MutationResult[]> {
    const res = await this.pushRaw(mutations);
    if (res.statusCode !== 200) throw new Error(`push failed: ${res.statusCode} ${res.body}`);
    return res.json<{ results: MutationResult[] }>().results;
  }
  async pull(cursors: Record<string, number> = {}, extra: { limit?: number; serverEpoch?: string } = {}): Promise<PullResponse> {
    const res = await this.post('/api/sync/v1/pull', { deviceId: this.id, cursors, ...extra });
    if (res.statusCode !== 200) throw new Error(`pull failed: ${res.statusCode} ${res.body}`);
    return res.json<PullResponse>();
  }
  /** Pulls page after page from the given cursors until hasMore is false. */
  async pullAll(cursors: Record<string, number> = {}, limit = 100): Promise<PullResponse['changes']> {
    const all: PullResponse['changes'] = [];
    let page: PullResponse;
    do {
      page = await this.pull(cursors, { limit });
      all.push(...page.changes);
      cursors = page.cursors;
    } while (page.hasMore);
    return all;
  }
  post(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.app.inject({ method: 'POST', url, payload: payload as object, headers: { authorization: `Bearer ${this.token}`, ...headers } });
  }
}
