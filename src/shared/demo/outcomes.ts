// What happened to each e-service in a session: ~70% completed; blockers led by a missing e-ID.
import type { ServiceEntry } from '../schemas/session';
import type { AgeBand, Blocker, Outcome } from '../schemas/vocabulary';
import { weightedTable, type Rng } from './random';
import type { ServicePick } from './serviceMix';

const OUTCOME = weightedTable<Outcome>([
  ['completed', 71],
  ['partly_completed', 10],
  ['referred', 7],
  ['not_completed', 12],
]);
const OUTCOME_65_PLUS = weightedTable<Outcome>([
  ['completed', 64],
  ['partly_completed', 13],
  ['referred', 8],
  ['not_completed', 15],
]);
const BLOCKER = weightedTable<Blocker>([
  ['no_eid', 38],
  ['missing_documents', 27],
  ['portal_outage', 12],
  ['fee_payment', 10],
  ['other', 13],
]);
const SERVICE_COUNT = weightedTable<number>([
  [1, 62],
  [2, 28],
  [3, 10],
]);

/** 1–3 distinct services from the table. */
export function drawServicePicks(rng: Rng, pickService: () => ServicePick): ServicePick[] {
  const wanted = rng.weighted(SERVICE_COUNT);
  const picks: ServicePick[] = [pickService()];
  for (let tries = 0; picks.length < wanted && tries < 8; tries++) {
    const next = pickService();
    if (!picks.some((p) => p.code === next.code)) picks.push(next);
  }
  return picks;
}

/** On a portal outage day many services stall on the portal itself. */
export function drawEntries(
  rng: Rng,
  picks: readonly ServicePick[],
  ageBand: AgeBand,
  isOutageDay: boolean,
): ServiceEntry[] {
  return picks.map((pick): ServiceEntry => {
    if (isOutageDay && pick.category !== 'identity_documents' && rng.chance(0.35)) {
      return { serviceCode: pick.code, outcome: 'not_completed', blocker: 'portal_outage' };
    }
    const outcome = rng.weighted(ageBand === '65_plus' ? OUTCOME_65_PLUS : OUTCOME);
    if (outcome === 'completed') return { serviceCode: pick.code, outcome };
    return { serviceCode: pick.code, outcome, blocker: rng.weighted(BLOCKER) };
  });
}
