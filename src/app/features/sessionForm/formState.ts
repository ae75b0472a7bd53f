import type { Session, ServiceEntry } from '../../../shared/schemas/session';
import type { AgeBand, Blocker, Channel, FirstVisit, Gender, Group, Outcome, Requester, Skill } from '../../../shared/schemas/vocabulary';
import { toLocalIsoWithOffset } from '../../../shared/localDateTime';

/** What the form holds while the volunteer fills it in: anything may still be missing. */
export type SessionDraft = {
  services: { serviceCode: string; outcome: Outcome; blocker?: Blocker }[];
  channel: Channel;
  requester: Requester;
  durationMin: number | null;
  gender: Gender | null;
  ageBand: AgeBand | null;
  groups: Group[];
  firstVisit: FirstVisit | null;
  skills: Skill[];
  notes: string;
  locationLabel: string;
  occurredAt: string;
};

export type Identity = { centreId: string; volunteerId: string; deviceId: string };

export function emptyDraft(channel: Channel = 'walk_in', now: Date = new Date()): SessionDraft {
  return {
    services: [],
    channel,
    requester: 'citizen',
    durationMin: null,
    gender: null,
    ageBand: null,
    groups: [],
    firstVisit: null,
    skills: [],
    notes: '',
    locationLabel: '',
    occurredAt: toLocalIsoWithOffset(now),
  };
}

export function draftFromSession(s: Session): SessionDraft {
  return {
    services: s.services.map((x) => ({ ...x })),
    channel: s.channel,
    requester: s.requester,
    durationMin: s.durationMin,
    gender: s.gender,
    ageBand: s.ageBand,
    groups: [...s.groups],
    firstVisit: s.firstVisit,
    skills: [...(s.skills ?? [])],
    notes: s.notes ?? '',
    locationLabel: s.locationLabel ?? '',
    occurredAt: s.occurredAt,
  };
}

/** "Same as last": the anonymous profile of the previous session, for families and groups. */
export function withProfileOf(draft: SessionDraft, last: Session): SessionDraft {
  return { ...draft, gender: last.gender, ageBand: last.ageBand, groups: [...last.groups], firstVisit: last.firstVisit };
}

/** The candidate record; the shared schema decides whether it is valid. */
export function toCandidate(draft: SessionDraft, id: string, who: Identity): Record<string, unknown> {
  const services: ServiceEntry[] = draft.services.map((s) =>
    s.outcome === 'completed' ? { serviceCode: s.serviceCode, outcome: s.outcome } : { ...s },
  );
  const notes = draft.notes.trim();
  const locationLabel = draft.locationLabel.trim();
  return {
    id,
    ...who,
    occurredAt: draft.occurredAt,
    durationMin: draft.durationMin ?? undefined,
    channel: draft.channel,
    requester: draft.requester,
    services,
    gender: draft.gender ?? undefined,
    ageBand: draft.ageBand ?? undefined,
    groups: draft.groups,
    firstVisit: draft.firstVisit ?? undefined,
    ...(draft.skills.length > 0 ? { skills: draft.skills } : {}),
    ...(notes ? { notes } : {}),
    ...(locationLabel ? { locationLabel } : {}),
  };
}

export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function isDraftEmpty(draft: SessionDraft): boolean {
  return (
    draft.services.length === 0 &&
    draft.durationMin === null &&
    draft.gender === null &&
    draft.ageBand === null &&
    draft.groups.length === 0 &&
    draft.firstVisit === null &&
    draft.skills.length === 0 &&
    draft.notes.trim() === '' &&
    draft.locationLabel.trim() === ''
  );
}
