import { describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import { sessionSchema, upgradeSession } from './session';

const codeOf = (value: unknown) => {
  const r = sessionSchema.safeParse(value);
  return r.success ? 'ok' : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`).join('|');
};

describe('session schema', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['a complete session', {}, 'ok'],
    ['a not-completed service with its blocker', { services: [{ serviceCode: 'X', outcome: 'not_completed', blocker: 'no_eid' }] }, 'ok'],
    ['notes of 500 characters', { notes: 'a'.repeat(500) }, 'ok'],
    ['a follow-up code', { followUp: { code: 'AB-12', dueDate: '2026-12-01' } }, 'ok'],
    ['no services', { services: [] }, 'services:services_required'],
    ['a not-completed service without blocker', { services: [{ serviceCode: 'X', outcome: 'referred' }] }, 'services.0.blocker:blocker_required'],
    ['a completed service with a blocker', { services: [{ serviceCode: 'X', outcome: 'completed', blocker: 'other' }] }, 'services.0.blocker:blocker_not_allowed'],
    ['the same service twice', { services: [{ serviceCode: 'X', outcome: 'completed' }, { serviceCode: 'X', outcome: 'completed' }] }, 'services:services_unique'],
    ['duration 0', { durationMin: 0 }, 'durationMin:duration_range'],
    ['duration of 9 hours', { durationMin: 540 }, 'durationMin:duration_range'],
    ['a fractional duration', { durationMin: 2.5 }, 'durationMin:duration_required'],
    ['notes of 501 characters', { notes: 'a'.repeat(501) }, 'notes:notes_too_long'],
    ['an unknown gender', { gender: 'x' }, 'gender:gender_required'],
    ['a date without offset', { occurredAt: '2026-11-20T10:15:00' }, 'occurredAt:invalid_datetime'],
    ['a follow-up code with a space (a name)', { followUp: { code: 'Ana B', dueDate: '2026-12-01' } }, 'followUp.code:follow_up_code_format'],
    ['a group twice', { groups: ['rural', 'rural'] }, 'groups:groups_unique'],
  ])('%s → %s', (_name, overrides, expected) => {
    expect(codeOf({ ...aSession(), ...overrides })).toBe(expected);
  });

  it('rejects fields that could hold personal data', () => {
    expect(codeOf({ ...aSession(), citizenName: 'Ana' })).toMatch(/unrecognized|Unrecognized/);
    expect(codeOf({ ...aSession(), phone: '+355 69 000' })).not.toBe('ok');
  });

  it('upgrades version 1 as it is and refuses newer versions', () => {
    const s = aSession();
    expect(upgradeSession(s, 1)).toEqual(s);
    expect(() => upgradeSession(s, 99)).toThrow(/newer/);
  });
});
