import { describe, expect, it } from 'vitest';
import { sealWith } from './sealCipher';
import { LockedError, openTree, sealTree, STORED_PROPERTY } from './sealTree';

const key = sealWith(new Uint8Array(32).fill(1));
const otherKey = sealWith(new Uint8Array(32).fill(2));
const session = { id: 's1', gender: 'female', groups: ['roma_egyptian', 'rural'], services: [{ serviceCode: 'X', outcome: 'completed' }] };

describe('sealing target groups', () => {
  it('replaces every groups property, however deep, by sealed bytes and opens it back exactly (order kept)', () => {
    const row = { deviceSeq: 4, data: session, draft: { form: { groups: ['disability'] } } };
    const sealed = sealTree(row, key);
    expect(JSON.stringify(sealed)).not.toContain('roma_egyptian');
    expect(JSON.stringify(sealed)).not.toContain('disability');
    expect(sealed.data).not.toHaveProperty('groups');
    expect(sealed.data).toHaveProperty(STORED_PROPERTY);
    expect(openTree(sealed, key)).toEqual(row);
    expect(row.data.groups).toEqual(['roma_egyptian', 'rural']); // the input is not changed
  });

  it('seals equal values differently and hides which groups a session has in its size', () => {
    const sealed = (groups: string[]) => (sealTree({ groups }, key) as unknown as Record<string, Uint8Array>)[STORED_PROPERTY]!;
    const [a, b] = [sealed(['roma_egyptian']), sealed(['roma_egyptian'])];
    expect(a).not.toEqual(b);
    const sizes = [a, sealed([]), sealed(['disability']), sealed(['roma_egyptian', 'disability', 'low_digital_literacy'])].map((v) => v.length);
    expect(new Set(sizes).size).toBe(1);
  });

  it('refuses to write groups without the key, and leaves values without groups alone', () => {
    expect(() => sealTree(session, null)).toThrow(LockedError);
    const plain = { id: 'x', createdAt: 1 };
    expect(sealTree(plain, null)).toBe(plain);
  });

  it('leaves sealed parts as they are without the key, so writing them back keeps them', () => {
    const sealed = sealTree(session, key);
    const readLocked = openTree(sealed, null);
    expect(readLocked).toBe(sealed);
    expect(openTree(sealTree(readLocked, null), key)).toEqual(session);
  });

  it('fails loudly with the wrong key rather than returning garbage', () => {
    expect(() => openTree(sealTree(session, key), otherKey)).toThrow();
  });

  it('passes plain groups written before sealing existed through unchanged', () => {
    expect(openTree(session, key)).toBe(session);
  });
});
