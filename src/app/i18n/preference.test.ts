import { describe, expect, it } from 'vitest';
import { storedLanguage, storeLanguage } from './preference';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('language preference', () => {
  it('defaults to Albanian', () => {
    expect(storedLanguage(memoryStorage())).toBe('sq');
  });

  it('keeps the chosen language', () => {
    const storage = memoryStorage();
    storeLanguage('sr-Cyrl', storage);
    expect(storedLanguage(storage)).toBe('sr-Cyrl');
  });

  it('ignores a value that is not a UI language', () => {
    const storage = memoryStorage();
    storage.setItem('ura.language', 'de');
    expect(storedLanguage(storage)).toBe('sq');
  });
});
