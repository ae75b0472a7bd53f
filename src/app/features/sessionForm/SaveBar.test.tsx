// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { createRef, Profiler } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import common from '../../../../locales/en/common.json';
import { SaveBar, type SaveBarHandle } from './SaveBar';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n
    .use(initReactI18next)
    .init({ lng: 'en', resources: { en: { common } }, ns: ['common'], interpolation: { escapeValue: false } });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderBar() {
  const ref = createRef<SaveBarHandle>();
  const renders = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <Profiler id="save-bar" onRender={renders}>
        <SaveBar ref={ref} />
      </Profiler>
    </I18nextProvider>,
  );
  const handle = () => {
    if (!ref.current) throw new Error('SaveBar gave no handle');
    return ref.current;
  };
  /** One save from tap to a cleared form, as the form drives it. */
  const save = () => {
    act(() => handle().showSaving());
    act(() => handle().showSaved());
    act(() => handle().showReady());
  };
  return { handle, save, renders, button: () => screen.getByRole('button') };
}

it('keeps the tap to "Saved" free of renders: "Saved" is on the page as soon as it is called', () => {
  vi.useFakeTimers();
  const { handle, renders, button } = renderBar();
  expect(button().textContent).toBe('Save');
  expect(button()).toHaveProperty('disabled', false);
  renders.mockClear();

  // Nothing renders at the tap: the save's transaction has the page to itself (the form guards a second tap).
  act(() => handle().showSaving());
  expect(button().textContent).toBe('Save');
  expect(screen.queryByRole('status')).toBeNull();

  // As the form does it, outside any act or flushSync: "Saved" is in the DOM when the call returns.
  handle().showSaved();
  expect(screen.getByRole('status').textContent).toBe('Saved');
  expect(button().textContent).toBe('Save');
  act(() => {
    vi.advanceTimersByTime(1000); // a "Saving…" timer left behind would show now
  });
  expect(button().textContent).toBe('Save');
  expect(renders).not.toHaveBeenCalled();

  act(() => handle().showReady());
  expect(button()).toHaveProperty('disabled', false);
  expect(screen.getByRole('status').textContent).toBe('Saved');
});

it('shows "Saving…" on a disabled button, and takes the earlier "Saved" away, when a save takes longer than a moment', () => {
  vi.useFakeTimers();
  const { handle, save, button } = renderBar();
  save();
  act(() => handle().showSaving());
  act(() => {
    vi.advanceTimersByTime(299);
  });
  expect(button().textContent).toBe('Save');
  expect(screen.getByRole('status').textContent).toBe('Saved'); // the last one's, until this save answers
  act(() => {
    vi.advanceTimersByTime(1);
  });
  expect(button().textContent).toBe('Saving…');
  expect(button()).toHaveProperty('disabled', true);
  expect(screen.queryByRole('status')).toBeNull(); // the old notice never stands for a slow save under way
  act(() => handle().showSaved());
  expect(screen.getByRole('status').textContent).toBe('Saved');
  expect(button().textContent).toBe('Saving…'); // until the form has been cleared
  act(() => handle().showReady());
  expect(button().textContent).toBe('Save');
  expect(button()).toHaveProperty('disabled', false);
});

it('announces each save with a new "Saved", which stays 4 s from its own save', () => {
  vi.useFakeTimers();
  const { save } = renderBar();
  save();
  const first = screen.getByRole('status');
  act(() => {
    vi.advanceTimersByTime(3000);
  });
  save();
  const second = screen.getByRole('status');
  expect(second).not.toBe(first); // a new live region: read out again, and seen as new by the benchmark
  expect(first.isConnected).toBe(false);
  // 6 s after the first save, 3 s after this one: still shown.
  act(() => {
    vi.advanceTimersByTime(3000);
  });
  expect(screen.getByRole('status').textContent).toBe('Saved');
  act(() => {
    vi.advanceTimersByTime(1000);
  });
  expect(screen.queryByRole('status')).toBeNull();
});

it('gives the button back after a refused save, takes the earlier "Saved" away, and shows no late "Saving…"', () => {
  vi.useFakeTimers();
  const { handle, save, button } = renderBar();
  save();
  act(() => handle().showSaving());
  act(() => handle().showRefused());
  expect(screen.queryByRole('status')).toBeNull();
  act(() => {
    vi.advanceTimersByTime(1000);
  });
  expect(button()).toHaveProperty('disabled', false);
  expect(button().textContent).toBe('Save');
  expect(screen.queryByRole('status')).toBeNull();
});
