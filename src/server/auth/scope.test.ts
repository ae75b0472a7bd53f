import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/auth/roles';
import type { UserRecord } from '../store/authTypes';
import { grantProblem, managesCentre, managesUser, mergeCentres, seesUser, type Who } from './scope';

const A = 'centre-a';
const B = 'centre-b';
const who = (role: Role, centreIds: string[] = [], userId = 'me'): Who => ({ userId, role, centreIds });
const person = (role: Role, centreIds: string[], id = 'them') => ({ id, role, centreIds }) as UserRecord;

describe('who manages what', () => {
  it.each([
    ['admin', who('admin'), person('admin', []), true, true],
    ['coordinator A → volunteer A', who('coordinator', [A]), person('volunteer', [A]), true, true],
    ['coordinator A → volunteer A+B', who('coordinator', [A]), person('volunteer', [A, B]), true, true],
    ['coordinator A → volunteer B', who('coordinator', [A]), person('volunteer', [B]), false, false],
    ['coordinator A → coordinator A', who('coordinator', [A]), person('coordinator', [A]), true, false],
    ['coordinator A → admin', who('coordinator', [A]), person('admin', []), false, false],
    ['coordinator A → self', who('coordinator', [A], 'me'), person('volunteer', [A], 'me'), true, false],
    ['volunteer A → volunteer A', who('volunteer', [A]), person('volunteer', [A]), false, false],
  ] as const)('%s: sees %s, manages %s', (_name, me, target, sees, manages) => {
    expect(seesUser(me, target)).toBe(sees);
    expect(managesUser(me, target)).toBe(manages);
  });

  it.each([
    [who('admin'), 'admin', [], undefined],
    [who('admin'), 'volunteer', [], 'A volunteer or coordinator needs at least one centre'],
    [who('coordinator', [A]), 'volunteer', [A], undefined],
    [who('coordinator', [A]), 'volunteer', [B], 'You may only assign your own centres'],
    [who('coordinator', [A]), 'coordinator', [A], 'Coordinators may only give the volunteer role'],
    [who('coordinator', [A]), 'admin', [A], 'Coordinators may only give the volunteer role'],
    [who('volunteer', [A]), 'volunteer', [A], 'Your role does not allow this'],
  ] as const)('grant %# → %s', (me, role, centres, problem) => {
    expect(grantProblem(me, role, centres)).toBe(problem);
  });

  it('lets a coordinator change only their own part of a person’s centres', () => {
    expect(mergeCentres(who('coordinator', [A]), [A, B], [])).toEqual([B]);
    expect(mergeCentres(who('admin'), [A, B], [A])).toEqual([A]);
    expect(managesCentre(who('coordinator', [A]), B)).toBe(false);
    expect(managesCentre(who('volunteer', [A]), A)).toBe(false);
  });
});
