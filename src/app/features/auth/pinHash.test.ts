import { describe, expect, it } from 'vitest';
import { lockKeyWithPin, openKeyWithPin, PIN_ITERATIONS } from './pinHash';

const dataKey = crypto.getRandomValues(new Uint8Array(32));

describe('a PIN locks the data key (PBKDF2 + AES-GCM, WebCrypto)', () => {
  it('opens the key with the right PIN and refuses a wrong one', async () => {
    const stored = await lockKeyWithPin('482913', dataKey, 1000);
    expect(await openKeyWithPin('482913', stored)).toEqual(dataKey);
    expect(await openKeyWithPin('482914', stored)).toBeNull();
    expect(await openKeyWithPin('', stored)).toBeNull();
  });

  it('stores neither the PIN, the key nor a fast check: a random salt per record and many iterations', async () => {
    const a = await lockKeyWithPin('1234', dataKey, 1000);
    const b = await lockKeyWithPin('1234', dataKey, 1000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.wrappedKey).not.toBe(b.wrappedKey);
    expect(JSON.stringify(a)).not.toContain('1234');
    expect(JSON.stringify(a)).not.toContain(btoa(String.fromCharCode(...dataKey)));
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('opens nothing from a PIN record made before data keys (hash only)', async () => {
    expect(await openKeyWithPin('1234', { hash: 'x', salt: 'AAAA', iterations: 1000 })).toBeNull();
  });
});
