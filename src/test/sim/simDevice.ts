import { AppDb, useDb } from '../../app/db/AppDb';
import { saveDeviceSetup } from '../../app/db/device';
import { readDeviceProfile } from '../../app/db/syncRegistration';
import { SyncEngine, type EngineOptions } from '../../app/sync/engine';
import type { Centre } from '../../shared/schemas/centre';
import { uuidv7 } from '../../shared/ids';
import { toLocalIsoWithOffset } from '../../shared/localDateTime';
import { randomBytes } from './prng';
import type { Fault, NetworkLog, SimNetwork } from './simNetwork';

let dbCounter = 0;
const CRASH_TABLES = new Set(['sessions', 'catalogue', 'centres', 'outbox']);

/** One tablet: its own IndexedDB (fake-indexeddb, unique name), its own engine and clock skew. */
export class SimDevice {
  readonly faults: Fault[] = [];
  readonly log: NetworkLog = { received: new Set(), armCrash: () => (this.isCrashArmed = true) };
  /** Set by the 'crash' fault: the next write to a data table throws, aborting its transaction. */
  isCrashArmed = false;
  hasCrashed = false;
  /** Every mutation this installation queued; each must end applied once or dead-lettered. */
  readonly owed = new Set<string>();
  /** Queued deletes an undo took back before they left: they must never reach the server. */
  readonly cancelled = new Set<string>();
  engine: SyncEngine;
  private readonly makeEngine: () => SyncEngine;
  /** The engine's dependencies; the simulator may change the pull page size between runs. */
  readonly options: EngineOptions;

  private constructor(
    readonly db: AppDb,
    readonly skewMs: number,
    private readonly clock: { now: number },
    readonly random: () => number,
    network: SimNetwork,
    pullLimit: number,
  ) {
    const transport = network.transportFor(this.faults, this.log);
    this.options = { db, transport, now: () => this.now(), random, pullLimit, holdUpdates: () => undefined, onUnexpectedError: () => undefined };
    this.makeEngine = () => new SyncEngine(this.options);
    this.engine = this.makeEngine();
    // A DBCore middleware, not table hooks: hooks would make every Dexie write read first (slow).
    db.use({
      stack: 'dbcore',
      name: 'simCrash',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) => {
              if (!this.isCrashArmed || !CRASH_TABLES.has(name)) return table.mutate(request);
              this.isCrashArmed = false;
              this.hasCrashed = true;
              return Promise.reject(new Error('sim: the tablet died mid-write'));
            },
          };
        },
      }),
    });
  }

  /** After a crash the app starts again: nothing the engine kept in memory survives. */
  restart(): void {
    this.isCrashArmed = false;
    this.hasCrashed = false;
    this.engine = this.makeEngine();
  }

  /** Sets a tablet up offline, as the setup screen does: a new centre, or one the server already has. */
  static async setUp(opts: { clock: { now: number }; skewMs: number; random: () => number; network: SimNetwork; pullLimit: number; centre: Centre }): Promise<SimDevice> {
    const db = new AppDb(`sim-${process.pid}-${++dbCounter}`);
    const device = new SimDevice(db, opts.skewMs, opts.clock, opts.random, opts.network, opts.pullLimit);
    const now = device.now();
    await device.use(() =>
      saveDeviceSetup(
        {
          deviceId: uuidv7(now, randomBytes(opts.random, 10)),
          centreId: opts.centre.id,
          country: opts.centre.country,
          volunteerId: uuidv7(now, randomBytes(opts.random, 10)),
          volunteerName: 'Volunteer',
          setUpAt: toLocalIsoWithOffset(new Date(now)),
        },
        opts.centre,
      ),
    );
    return device;
  }

  now(): number {
    return this.clock.now + this.skewMs;
  }

  newId(): string {
    return uuidv7(this.now(), randomBytes(this.random, 10));
  }

  async profile() {
    const profile = await readDeviceProfile(this.db);
    if (!profile) throw new Error('sim device without a profile');
    return profile;
  }

  /**
   * Runs one of the app's own db writes against this tablet (they use the global db, which is picked
   * synchronously at their start), then records the mutations it queued.
   */
  async use(write: () => Promise<void>): Promise<void> {
    const before = new Set((await this.db.outbox.toArray()).map((r) => r.mutationId));
    useDb(this.db);
    await write();
    const after = new Set((await this.db.outbox.toArray()).map((r) => r.mutationId));
    for (const id of after) this.owed.add(id);
    for (const id of before) if (!after.has(id)) this.cancelled.add(id);
  }

  async destroy(): Promise<void> {
    this.db.close();
    await this.db.delete();
  }
}
