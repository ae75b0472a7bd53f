import { describe, expect, it } from 'vitest';
import { storageWarnings, type StorageFacts } from './warnings';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const HOUR = 3_600_000;
const MB = 1_048_576;
const healthy: StorageFacts = {
  usage: 20 * MB,
  quota: 2_000 * MB,
  isPersisted: true,
  persistAnswer: 'granted',
  pendingSessions: 2,
  oldestPendingAt: NOW - HOUR,
  lastSyncedAt: NOW - HOUR,
  localWindowDays: 30,
};

describe('storageWarnings', () => {
  it.each<[string, Partial<StorageFacts>, string[]]>([
    ['a healthy tablet', {}, []],
    ['nothing pending', { pendingSessions: 0, oldestPendingAt: null }, []],
    ['unsynced for exactly 3 days', { oldestPendingAt: NOW - 72 * HOUR }, []],
    ['unsynced for more than 3 days', { oldestPendingAt: NOW - 72 * HOUR - 1 }, ['stalePending']],
    ['201 MB free', { usage: 1_799 * MB }, []],
    ['199 MB free', { usage: 1_801 * MB }, ['lowSpace']],
    ['a full quota', { usage: 2_000 * MB }, ['lowSpace']],
    ['space unknown', { usage: null, quota: null }, []],
    ['persistence refused', { isPersisted: false, persistAnswer: 'refused' }, ['persistRefused']],
    ['never asked yet', { isPersisted: false, persistAnswer: null }, []],
    ['refused once, granted since (installed)', { isPersisted: true, persistAnswer: 'refused' }, []],
    ['all at once', { oldestPendingAt: NOW - 10 * 24 * HOUR, usage: 1_990 * MB, isPersisted: false, persistAnswer: 'refused' }, ['stalePending', 'lowSpace', 'persistRefused']],
  ])('%s → %j', (_label, change, expected) => {
    expect(storageWarnings({ ...healthy, ...change }, NOW)).toEqual(expected);
  });
});
