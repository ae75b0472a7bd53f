import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../test/freshDb';
import type { AppDb } from '../../db/AppDb';
import { draftKey, saveDraft } from '../../db/drafts';
import { noteServicesUsed, saveSession } from './actions';
import { emptyDraft, type SessionDraft } from './formState';

const who = {
  centreId: '01900000-0000-7000-8000-000000000001',
  volunteerId: '01900000-0000-7000-8000-000000000002',
  deviceId: '01900000-0000-7000-8000-000000000003',
};

function aDraft(overrides: Partial<SessionDraft> = {}): SessionDraft {
  return {
    ...emptyDraft('walk_in', new Date('2026-11-20T10:15:00Z')),
    services: [{ serviceCode: 'AL-CIVIL-BIRTH-CERT', outcome: 'not_completed', blocker: 'missing_documents' }],
    durationMin: 10,
    gender: 'female',
    ageBand: '65_plus',
    firstVisit: 'yes',
    ...overrides,
  };
}

let db: AppDb;
beforeEach(() => {
  db = freshDb();
});

// The schema runs once per save, in the db layer; its verdict must still reach the form as field errors.
describe('saveSession', () => {
  it('stores a valid draft with its outbox row and clears the draft', async () => {
    await saveDraft('new', aDraft());
    const result = await saveSession(aDraft(), who, 'new');
    expect(result.status).toBe('saved');
    const id = result.status === 'saved' ? result.id : '';
    expect(await db.sessions.get(id)).toMatchObject({ id, services: [{ outcome: 'not_completed', blocker: 'missing_documents' }] });
    expect(await db.outbox.where('recordId').equals(id).count()).toBe(1);
    expect(await db.meta.get(draftKey('new'))).toBeUndefined();
  });

  it('returns translated field errors for an invalid draft and writes nothing', async () => {
    await saveDraft('new', aDraft({ services: [] }));
    const result = await saveSession(aDraft({ services: [], gender: null, durationMin: null }), who, 'new');
    expect(result).toEqual({
      status: 'invalid',
      errors: {
        services: 'session:validation.services_required',
        gender: 'session:validation.gender_required',
        durationMin: 'session:validation.duration_required',
      },
    });
    expect(await db.sessions.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.meta.get(draftKey('new'))).toBeDefined(); // the input is kept
  });

  it('names the service whose blocker is missing', async () => {
    const result = await saveSession(aDraft({ services: [{ serviceCode: 'AL-CIVIL-BIRTH-CERT', outcome: 'referred' }] }), who, 'new');
    expect(result).toEqual({ status: 'invalid', errors: { 'services.0.blocker': 'session:validation.blocker_required' } });
  });

  it('reports a failed write as a failure, not as invalid input', async () => {
    db.outbox.hook('creating', () => {
      throw new Error('disk trouble');
    });
    expect(await saveSession(aDraft(), who, 'new')).toEqual({ status: 'failed', reason: 'common:errors.saveFailed' });
    expect(await db.sessions.count()).toBe(0);
  });
});

describe('noteServicesUsed', () => {
  it('counts the saved session\'s services for "recent and frequent first"', async () => {
    const draft = aDraft({
      services: [
        { serviceCode: 'AL-CIVIL-BIRTH-CERT', outcome: 'completed' },
        { serviceCode: 'AL-TAX-INCOME', outcome: 'completed' },
      ],
    });
    await noteServicesUsed(draft);
    await noteServicesUsed(aDraft());
    const usage = (await db.meta.get('serviceUsage'))?.value;
    expect(usage).toMatchObject({ 'AL-CIVIL-BIRTH-CERT': { count: 2 }, 'AL-TAX-INCOME': { count: 1 } });
  });

  it('never fails: the session is saved already, a lost count only reorders the list', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    db.meta.hook('creating', () => {
      throw new Error('disk trouble');
    });
    await expect(noteServicesUsed(aDraft())).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledWith('service usage not recorded', expect.any(Error));
    error.mockRestore();
  });
});
