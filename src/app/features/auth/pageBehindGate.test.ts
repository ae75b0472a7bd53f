import { describe, expect, it, vi } from 'vitest';
import { TEST_DATA_KEY } from '../../../test/setup';
import { dropDataKey, holdDataKey } from '../../db/sealing/dataKey';
import { behindGate, loadPagesHeldBack } from './pageBehindGate';

function page() {
  const load = vi.fn(() => Promise.resolve());
  return { load, component: behindGate({ preload: load }) };
}

describe('behindGate', () => {
  it('lets the router go on without the code while no data key is held, and loads it once the lock screen is up', () => {
    dropDataKey();
    const { load, component } = page();
    expect(component.preload?.()).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
    loadPagesHeldBack();
    expect(load).toHaveBeenCalledTimes(1);
    loadPagesHeldBack(); // held back once, loaded once
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('has the router wait for the code while a data key is held, so moving between pages never shows an empty one', async () => {
    holdDataKey(TEST_DATA_KEY);
    const { load, component } = page();
    await expect(component.preload?.()).resolves.toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
