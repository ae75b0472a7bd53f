import fc from 'fast-check';
import { AGE_BANDS, GENDERS, OUTCOMES } from '../../shared/schemas/vocabulary';
import type { ServiceEntry } from '../../shared/schemas/session';
import { FAULTS, type Fault } from './simNetwork';

/** The fields a volunteer fills in; ids, centre and times are added by the simulated device. */
export type SessionFields = { durationMin: number; gender: (typeof GENDERS)[number]; ageBand: (typeof AGE_BANDS)[number]; notes?: string; services: ServiceEntry[] };

export type Step =
  | { kind: 'create'; device: number; fields: SessionFields }
  | { kind: 'edit'; device: number; pick: number; fields: Partial<SessionFields> & { dropNotes?: boolean } }
  | { kind: 'delete'; device: number; pick: number }
  | { kind: 'undo'; device: number; pick: number }
  | { kind: 'sync'; device: number; faults: Fault[] }
  | { kind: 'deliverLate' }
  | { kind: 'wipe'; device: number }
  | { kind: 'backup' }
  | { kind: 'restore' }
  | { kind: 'catalogue' }
  | { kind: 'tick'; ms: number };

export type Scenario = {
  /** Seeds the devices' random sources (ids, jitter). */
  seed: number;
  deviceCount: number;
  /** Per device, ms; device clocks are user data and must not matter to sync. */
  skews: number[];
  pullLimit: number;
  steps: Step[];
};

const CODES = ['AL-CIVIL-BIRTH-CERT', 'AL-TAX-EFILING', 'AL-EID-ACCOUNT', 'AL-HEALTH-APPT'];

const service: fc.Arbitrary<ServiceEntry> = fc
  .record({ serviceCode: fc.constantFrom(...CODES), outcome: fc.constantFrom(...OUTCOMES) })
  .map((s) => (s.outcome === 'completed' ? s : { ...s, blocker: 'missing_documents' as const }));

const fields: fc.Arbitrary<SessionFields> = fc.record(
  {
    durationMin: fc.integer({ min: 1, max: 90 }),
    gender: fc.constantFrom(...GENDERS),
    ageBand: fc.constantFrom(...AGE_BANDS),
    notes: fc.constantFrom('printed twice', 'came back', 'portal slow', 'ok'),
    services: fc.uniqueArray(service, { minLength: 1, maxLength: 2, selector: (s) => s.serviceCode }),
  },
  { requiredKeys: ['durationMin', 'gender', 'ageBand', 'services'] },
);

const edit = fc.record(
  {
    durationMin: fc.integer({ min: 1, max: 90 }),
    gender: fc.constantFrom(...GENDERS),
    notes: fc.constantFrom('edited', 'second visit', 'ok'),
    dropNotes: fc.boolean(),
    services: fc.uniqueArray(service, { minLength: 1, maxLength: 2, selector: (s) => s.serviceCode }),
  },
  { requiredKeys: [] },
);

const device = fc.nat({ max: 5 });
// Small picks: the same few sessions get edited on several tablets, so edits collide.
const pick = fc.nat({ max: 3 });
const faults = fc.array(fc.constantFrom<Fault>(...FAULTS, 'none', 'none'), { maxLength: 4 });

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('create' as const), device, fields }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), device, pick, fields: edit }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), device, pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), device, pick }) },
  { weight: 7, arbitrary: fc.record({ kind: fc.constant('sync' as const), device, faults }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'deliverLate' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wipe' as const), device }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'backup' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restore' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'catalogue' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 1_000, max: 3 * 86_400_000 }) }) },
);

const DAY = 86_400_000;

export function scenarioArb(maxSteps: number): fc.Arbitrary<Scenario> {
  return fc.record({
    seed: fc.integer(),
    deviceCount: fc.integer({ min: 2, max: 3 }),
    skews: fc.array(fc.integer({ min: -40 * DAY, max: 40 * DAY }), { minLength: 3, maxLength: 3 }),
    pullLimit: fc.integer({ min: 1, max: 6 }),
    steps: fc.array(stepArb, { minLength: Math.ceil(maxSteps / 2), maxLength: maxSteps, size: 'max' }),
  });
}
