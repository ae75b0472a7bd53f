import { saveDeviceSetup } from '../../app/db/device';
import type { AppDb } from '../../app/db/AppDb';
import { useDb } from '../../app/db/AppDb';
import { SyncEngine, type EngineOptions } from '../../app/sync/engine';
import type { Transport, TransportRequest, TransportResponse } from '../../app/sync/transport';
import type { Centre } from '../../shared/schemas/centre';
import { applyPatch } from '../../shared/sync/patch';
import type { Change, Mutation, MutationResult, PullRequest, PullResponse, PushRequest } from '../../shared/sync/protocol';
import { prng } from './prng';

export const SERVER_CENTRE: Centre = { id: '0190f000-0000-7000-8000-0000000000c1', name: 'ADISA Shkodër', country: 'AL', municipality: 'Shkodër', kind: 'fixed', timeZone: 'Europe/Tirane' };
export const LOCAL_CENTRE_ID = '0190f000-0000-7000-8000-0000000000a1';
export const LOCAL_DEVICE_ID = '0190f000-0000-7000-8000-0000000000a2';
export const SCOPE = `centre:${SERVER_CENTRE.id}`;

export type Reply = TransportResponse | 'network-error';
type Script = (request: TransportRequest) => Reply | undefined;

/**
 * A scripted stand-in for the server in engine unit tests: it answers like the real one by default
 * (register, push: every mutation applied, pull: the queued pages), and a test scripts the rest.
 */
export class ScriptedServer {
  readonly requests: TransportRequest[] = [];
  readonly pushed: PushRequest[] = [];
  epoch = 'epoch-1';
  private registrations = 0;
  private readonly scripts: Script[] = [];
  private readonly pages: Omit<PullResponse, 'serverTime' | 'serverEpoch'>[] = [];
  /** The server's copy of each session, as the default pull hands it out. */
  readonly rows = new Map<string, Change>();
  private changeSeq = 0;

  /** The next request the script claims (returns a reply) is answered by it, once. */
  once(script: Script): this {
    this.scripts.push(script);
    return this;
  }

  /** Puts a row on the server as another tablet's push would have. */
  seed(change: Change): this {
    this.rows.set(change.id, change);
    this.changeSeq = Math.max(this.changeSeq, change.changeSeq);
    return this;
  }

  page(changes: Change[], cursors: Record<string, number>, extra: Partial<PullResponse> = {}): this {
    this.pages.push({ changes, cursors, hasMore: false, addedScopes: [], removedScopes: [], resync: false, ...extra });
    return this;
  }

  readonly transport: Transport = async (request) => {
    this.requests.push(structuredClone(request));
    if (request.path.endsWith('/push')) this.pushed.push(structuredClone(request.body as PushRequest));
    let reply: Reply | undefined;
    for (const [i, script] of this.scripts.entries()) {
      reply = script(request);
      if (reply === undefined) continue;
      this.scripts.splice(i, 1);
      break;
    }
    reply ??= this.answer(request);
    if (reply === 'network-error') throw new Error('network error');
    return Promise.resolve(reply);
  };

  private answer(request: TransportRequest): Reply {
    const stamp = { serverTime: '2026-03-10T10:00:00.000Z', serverEpoch: this.epoch };
    if (request.path.endsWith('/centres')) return ok({ centres: [SERVER_CENTRE], ...stamp });
    if (request.path.endsWith('/register-device')) {
      this.registrations += 1;
      const deviceId = `0190f000-0000-7000-8000-0000000000d${this.registrations}`;
      return { status: 201, headers: {}, body: { deviceId, deviceToken: `token-${this.registrations}`, centre: SERVER_CENTRE, ...stamp } };
    }
    if (request.path.endsWith('/push')) {
      const results = (request.body as PushRequest).mutations.map((m) => this.apply(m));
      return ok({ results, ...stamp });
    }
    const page = this.pages.shift() ?? this.defaultPage(request);
    return ok({ ...page, ...stamp });
  }

  /** Everything after the device's cursor, in one page. */
  private defaultPage(request: TransportRequest): Omit<PullResponse, 'serverTime' | 'serverEpoch'> {
    const cursor = (request.body as PullRequest).cursors[SCOPE] ?? 0;
    const changes = [...this.rows.values()].filter((c) => c.changeSeq > cursor).sort((a, b) => a.changeSeq - b.changeSeq);
    return { changes, cursors: { [SCOPE]: this.changeSeq }, hasMore: false, addedScopes: [], removedScopes: [], resync: false };
  }

  apply(m: Mutation): MutationResult {
    const row = this.rows.get(m.recordId);
    const version = (row?.version ?? 0) + 1;
    const changeSeq = ++this.changeSeq;
    const data = m.data ?? applyPatch(row?.data ?? {}, m.patch ?? {});
    this.rows.set(m.recordId, sessionChange({ ...data, id: m.recordId }, changeSeq, version, m.type === 'session.delete'));
    return { mutationId: m.mutationId, status: 'applied', version, changeSeq };
  }
}

export function ok(body: unknown, headers: Record<string, string> = {}): TransportResponse {
  return { status: 200, headers, body };
}

export function error(status: number, code: string, details?: unknown, headers: Record<string, string> = {}): TransportResponse {
  return { status, headers, body: { error: { code, message: `scripted ${code}`, ...(details === undefined ? {} : { details }) } } };
}

/** A tablet set up offline (its own centre and device ids), as DeviceSetup leaves it. */
export async function setUpTablet(db: AppDb): Promise<void> {
  useDb(db);
  const centre: Centre = { ...SERVER_CENTRE, id: LOCAL_CENTRE_ID };
  const profile = { deviceId: LOCAL_DEVICE_ID, centreId: LOCAL_CENTRE_ID, country: 'AL' as const, volunteerId: '0190f000-0000-7000-8000-0000000000a3', volunteerName: 'Arta', setUpAt: '2026-03-10T09:00:00+01:00' };
  await saveDeviceSetup(profile, centre);
}

export function engineFor(db: AppDb, server: ScriptedServer, options: Partial<EngineOptions> = {}): SyncEngine {
  return new SyncEngine({ db, transport: server.transport, now: () => Date.parse('2026-03-10T10:00:00Z'), random: prng(1), holdUpdates: () => undefined, onUnexpectedError: () => undefined, ...options });
}

export function sessionChange(data: Record<string, unknown> & { id: string }, changeSeq: number, version = 1, deleted = false): Change {
  return {
    scope: SCOPE,
    entity: 'session',
    id: data.id,
    changeSeq,
    version,
    deleted,
    data: deleted ? null : data,
    meta: { receivedAt: '2026-03-10T10:00:00.000Z', needsReview: false, deletedAt: deleted ? '2026-03-10T10:00:00.000Z' : null, deletedBy: null, authorDeviceId: 'x' },
  };
}
