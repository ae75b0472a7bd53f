import { describe, expect, it } from 'vitest';
import { auditQueryOf, isRangeValid } from './filters';

describe('auditQueryOf', () => {
  it('turns local days into a from-inclusive, to-exclusive range covering the last day', () => {
    const q = auditQueryOf({ from: '2026-03-01', to: '2026-03-02' });
    expect(new Date(q.from!).getTime()).toBe(new Date(2026, 2, 1).getTime());
    expect(new Date(q.to!).getTime()).toBe(new Date(2026, 2, 3).getTime());
  });

  it('passes action, person and the page cursor, and leaves out what is not set', () => {
    expect(auditQueryOf({ action: 'user.role_changed', actor: 'u1' }, 42, 20)).toEqual({ action: 'user.role_changed', actorId: 'u1', before: 42, limit: 20 });
    expect(auditQueryOf({ from: 'yesterday' })).toEqual({ limit: 50 });
  });

  it('refuses a range that ends before it starts', () => {
    expect(isRangeValid({ from: '2026-03-02', to: '2026-03-01' })).toBe(false);
    expect(isRangeValid({ from: '2026-03-02', to: '2026-03-02' })).toBe(true);
    expect(isRangeValid({ to: '2026-03-01' })).toBe(true);
  });
});
