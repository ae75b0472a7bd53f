import { describe, expect, it } from 'vitest';
import { hashPin, PIN_ITERATIONS, verifyPin } from './pinHash';

describe('PIN hashing (PBKDF2, WebCrypto)', () => {
  it('verifies the right PIN and refuses a wrong one', async () => {
    const stored = await hashPin('482913', 1000);
    expect(await verifyPin('482913', stored)).toBe(true);
    expect(await verifyPin('482914', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('stores neither the PIN nor a fast hash: a random salt per hash and many iterations', async () => {
    const a = await hashPin('1234', 1000);
    const b = await hashPin('1234', 1000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(JSON.stringify(a)).not.toContain('1234');
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });
});
