import { afterEach, describe, expect, it, vi } from 'vitest';

// Each test gets its own copy of dataKey.ts, as a freshly (re)started tab has: no key, no cipher loaded yet
// (the cipher is off the first route, issue 2). The shared test setup's copy is not touched.
async function freshTab() {
  vi.resetModules();
  return import('./dataKey');
}

const KEY = new Uint8Array(32).fill(9);
const channels: BroadcastChannel[] = [];
/** Another open tab of the app, on the tabs' channel. */
function otherTab(): BroadcastChannel {
  const channel = new BroadcastChannel('ura-data-key');
  channels.push(channel);
  return channel;
}
afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
});

/** Resolves at the first change of the key that `check` accepts. */
function keyChange(tab: Awaited<ReturnType<typeof freshTab>>, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stop = tab.watchDataKey(() => {
      if (!check()) return;
      stop();
      resolve();
    });
  });
}

describe('the data key and its cipher', () => {
  it('holds no key before the cipher has loaded, and seals with it once it has', async () => {
    const tab = await freshTab();
    expect(() => tab.holdDataKey(KEY)).toThrow(/not loaded/);
    expect(tab.hasDataKey()).toBe(false);
    expect(tab.currentSeal()).toBeNull();

    await tab.loadSealCipher();
    tab.holdDataKey(KEY);
    const seal = tab.currentSeal();
    expect(tab.currentDataKey()).toBe(KEY);
    expect(seal?.open(seal.seal(['roma_egyptian']))).toEqual(['roma_egyptian']);
    tab.dropDataKey();
    expect([tab.hasDataKey(), tab.currentSeal()]).toEqual([false, null]);
  });

  it('refuses a key of the wrong size', async () => {
    const tab = await freshTab();
    await tab.loadSealCipher();
    expect(() => tab.holdDataKey(new Uint8Array(16))).toThrow(/32 bytes/);
    expect(tab.hasDataKey()).toBe(false);
  });

  it('takes a key from another tab only with the cipher loaded: every moment the key shows, it seals', async () => {
    const tab = await freshTab();
    const seen: boolean[] = [];
    tab.watchDataKey(() => seen.push(tab.hasDataKey() && tab.currentSeal() !== null));
    tab.joinDataKeyChannel();
    const unlocked = keyChange(tab, () => tab.hasDataKey());
    otherTab().postMessage({ kind: 'key', key: KEY });
    await unlocked;
    expect(seen).toEqual([true]);
    expect(tab.currentDataKey()).toEqual(KEY);
    tab.dropDataKey(); // this tab stays on the channel: locked, it answers no later tab's ask
  });

  it('stays locked when a lock follows the key while the cipher loads', async () => {
    // The cipher's file arrives only when released: the lock surely comes in while it loads.
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    vi.doMock('./sealCipher', async (importOriginal) => {
      await arrived;
      return importOriginal();
    });
    try {
      const tab = await freshTab();
      tab.joinDataKeyChannel();
      const other = otherTab();
      other.postMessage({ kind: 'key', key: KEY });
      other.postMessage({ kind: 'drop' });
      await new Promise((resolve) => setTimeout(resolve, 50)); // both messages delivered, the cipher still loading
      expect(tab.hasDataKey()).toBe(false);
      release();
      await tab.loadSealCipher(); // the load the key started has finished too
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(tab.hasDataKey()).toBe(false);
    } finally {
      vi.doUnmock('./sealCipher');
    }
  });
});
