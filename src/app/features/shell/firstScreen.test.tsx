// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FirstScreen from './firstScreen';

let mod: typeof FirstScreen;

beforeEach(async () => {
  vi.resetModules(); // "shown" is per page: each test starts a fresh one
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  mod = await import('./firstScreen');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('afterFirstScreen', () => {
  it('waits for a screen inside a Suspense boundary to commit, not for its fallback', async () => {
    const { afterFirstScreen, FirstScreenShown } = mod;
    let resolveScreen!: (m: { default: () => null }) => void;
    const Screen = lazy(() => new Promise<{ default: () => null }>((resolve) => (resolveScreen = resolve)));
    const task = vi.fn();
    afterFirstScreen(task, 10_000);
    render(
      <Suspense fallback={null}>
        <Screen />
        <FirstScreenShown />
      </Suspense>,
    );
    expect(task).not.toHaveBeenCalled(); // only the fallback is on screen
    await act(() => {
      resolveScreen({ default: () => null });
      return Promise.resolve();
    });
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(task).toHaveBeenCalledTimes(1); // the fallback timer does not run it again
  });

  it('runs the task after maxWaitMs on a page without such a screen, once', () => {
    const task = vi.fn();
    mod.afterFirstScreen(task, 2000);
    vi.advanceTimersByTime(1999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    render(<mod.FirstScreenShown />);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the screen already showed', () => {
    render(<mod.FirstScreenShown />);
    const task = vi.fn();
    mod.afterFirstScreen(task, 2000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
