import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/auth/roles';
import type { Actor, DeviceRecord } from '../store/types';
import { actorRefusal, isOversightEdit, mayChangeSession, needsActorReview } from './actorRules';

const device: DeviceRecord = { id: 'tablet', centreId: 'A', label: 'x', enrolledAt: '', revokedAt: null, enrolment: 'code' };
const actor = (role: Role, centreIds: string[], extra: Partial<Actor> = {}): Actor => ({ id: 'me', role, centreIds, disabledAt: null, hasSignedInOnDevice: true, ...extra });

describe('actor rules', () => {
  it.each([
    ['no actorId', undefined, undefined, /must carry the actorId/],
    ['unknown person', 'me', undefined, /has not signed in/],
    ['never signed in here', 'me', actor('volunteer', ['A'], { hasSignedInOnDevice: false }), /has not signed in/],
    ['other centre', 'me', actor('coordinator', ['B']), /does not belong/],
    ['member', 'me', actor('volunteer', ['A']), undefined],
    ['admin anywhere', 'me', actor('admin', []), undefined],
    ['disabled member (reviewed, not refused)', 'me', actor('volunteer', ['A'], { disabledAt: 'x' }), undefined],
  ] as const)('%s', (_name, actorId, who, refusal) => {
    const out = actorRefusal(actorId, who, device);
    if (refusal === undefined) expect(out).toBeUndefined();
    else expect(out).toMatch(refusal);
  });

  it.each([
    [actor('volunteer', ['A']), 'me', true, false],
    [actor('volunteer', ['A']), 'someone', false, true],
    [actor('coordinator', ['A']), 'someone', true, true],
    [actor('coordinator', ['B']), 'someone', false, true],
    [actor('admin', []), 'someone', true, true],
  ] as const)('%# may change: %s', (who, author, may, oversight) => {
    expect(mayChangeSession(who, author, 'A')).toBe(may);
    expect(isOversightEdit(who, author)).toBe(oversight);
  });

  it('flags the work of a disabled person for review', () => {
    expect(needsActorReview(actor('volunteer', ['A'], { disabledAt: '2026-03-10T10:00:00.000Z' }))).toBe(true);
    expect(needsActorReview(actor('volunteer', ['A']))).toBe(false);
    expect(needsActorReview(undefined)).toBe(false);
  });
});
