// generateSessions: demo sessions one at a time, day by day and centre by centre, in time order within a
// centre's day. Memory stays at one centre-day however long the range; the same seed gives the same bytes.
import { uuidv7 } from '../ids';
import type { Session } from '../schemas/session';
import type { Channel, Requester } from '../schemas/vocabulary';
import { dayString } from './calendar';
import { planDay, type DayPlan } from './dayPlan';
import type { DemoCentre, DemoNetwork } from './network';
import { noteFor } from './notes';
import { drawEntries, drawServicePicks } from './outcomes';
import { drawProfile, drawSkills } from './profile';
import { createRng, seedFrom, weightedTable, type Rng } from './random';
import { serviceTable } from './serviceMix';
import { dayRange, sessionsOnDay, type GenerateOptions } from './volume';

export type { GenerateOptions };

const DESK_CHANNEL = weightedTable<Channel>([
  ['walk_in', 86],
  ['phone', 7],
  ['online', 5],
  ['home_visit', 2],
]);
const MOBILE_CHANNEL = weightedTable<Channel>([
  ['mobile_point', 90],
  ['home_visit', 6],
  ['phone', 4],
]);
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function* generateSessions(network: DemoNetwork, options: GenerateOptions): Generator<Session, void, undefined> {
  const { first, last, scale } = dayRange(options);
  for (let day = first; day <= last; day++) {
    for (const centre of network.centres) {
      const count = sessionsOnDay(centre, options.seed, day, scale);
      if (count === 0) continue;
      const rng = createRng(seedFrom(options.seed, centre.centre.id, 'sessions', day));
      const plan = planDay(rng, centre, options.seed, day, count);
      for (let i = 0; i < count; i++) yield makeSession(rng, centre, plan, day, i);
    }
  }
}

function makeSession(rng: Rng, centre: DemoCentre, plan: DayPlan, day: number, index: number): Session {
  const isMobile = centre.centre.kind === 'mobile';
  const channel = rng.weighted(isMobile ? MOBILE_CHANNEL : DESK_CHANNEL);
  const isVillage = isMobile && channel !== 'phone';
  const requester: Requester = rng.chance(isMobile ? 0.005 : 0.03) ? 'organisation' : 'citizen';
  const table = serviceTable(centre.centre.country, plan.month, requester, isMobile);
  const picks = drawServicePicks(rng, () => rng.weighted(table));
  const profile = drawProfile(rng, centre, requester === 'organisation', isVillage);
  const services = drawEntries(rng, picks, profile.ageBand, plan.isOutageDay);
  const skills = drawSkills(rng, picks, profile);
  const shift = rng.pick(plan.shift);

  const minute = plan.minutes[index] ?? 0;
  const occurredAt = `${plan.date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00${plan.offset}`;
  const instantMs = Date.parse(`${plan.date}T00:00:00Z`) + (minute - plan.offsetMin) * 60_000;

  const struggled = profile.groups.includes('low_digital_literacy') ? 6 : 0;
  const eid = picks.some((p) => p.category === 'eid_account') ? 5 : 0;
  const mean = 8 + 6 * (picks.length - 1) + struggled + eid + (isMobile ? 3 : 0);
  const durationMin = Math.min(45, Math.max(5, Math.round(rng.normal(mean, 5))));

  const session: Session = {
    id: uuidv7(instantMs + rng.int(0, 59_999), rng.bytes(10)),
    centreId: centre.centre.id,
    volunteerId: shift.volunteerId,
    deviceId: shift.deviceId,
    occurredAt,
    durationMin,
    channel,
    requester,
    services,
    gender: profile.gender,
    ageBand: profile.ageBand,
    groups: profile.groups,
    firstVisit: profile.firstVisit,
  };
  if (channel === 'mobile_point' && plan.stop) {
    if (plan.stop.locationId) session.locationId = plan.stop.locationId;
    session.locationLabel = plan.stop.label;
  }
  if (skills) session.skills = skills;
  const missingDocuments = services.some((s) => s.blocker === 'missing_documents');
  if (missingDocuments && rng.chance(0.3)) {
    session.followUp = { code: `${centre.code}-${followUpCode(rng)}`, dueDate: dayString(day + rng.int(3, 14)) };
  }
  if (rng.chance(0.04)) {
    const situation = {
      isReturnVisit: profile.firstVisit === 'no',
      isOutageDay: services.some((s) => s.blocker === 'portal_outage'),
      wasReferred: services.some((s) => s.outcome === 'referred'),
      missingDocuments,
    };
    session.notes = noteFor(centre.noteLanguage, situation, rng.next());
  }
  return session;
}

function followUpCode(rng: Rng): string {
  let code = '';
  for (let i = 0; i < 4; i++) code += CODE_ALPHABET[rng.int(0, CODE_ALPHABET.length - 1)];
  return code;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
