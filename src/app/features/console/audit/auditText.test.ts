import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../../shared/auth/api';
import { readLocale } from '../../../../test/localeFiles';
import { actionKey } from './auditText';

describe('audit action labels', () => {
  it('names every action the server records, in English (the locale test checks the other languages)', () => {
    const admin = readLocale('en').get('admin')!;
    const missing = AUDIT_ACTIONS.filter((action) => !admin.has(actionKey(action)));
    expect(missing).toEqual([]);
  });
});
