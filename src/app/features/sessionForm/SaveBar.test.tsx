// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { createRef } from 'react';
import { flushSync } from 'react-dom';
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
  render(
    <I18nextProvider i18n={i18n}>
      <SaveBar ref={ref} />
    </I18nextProvider>,
  );
  const handle = () => {
    if (!ref.current) throw new Error('SaveBar gave no handle');
    return ref.current;
  };
  return { handle, button: () => screen.getByRole('button') };
}

it('shows "Saving…" on a disabled button from the tap, "Saved" once committed, and Save again when ready', () => {
  const { handle, button } = renderBar();
  expect(button().textContent).toBe('Save');
  expect(button()).toHaveProperty('disabled', false);

  act(() => handle().showSaving());
  expect(button().textContent).toBe('Saving…');
  expect(button()).toHaveProperty('disabled', true);
  expect(screen.queryByRole('status')).toBeNull();

  // As the form does it: "Saved" synchronously, the button stays disabled until the form is cleared.
  flushSync(() => handle().showSaved());
  expect(screen.getByRole('status').textContent).toBe('Saved');
  expect(button()).toHaveProperty('disabled', true);

  act(() => handle().showReady());
  expect(button().textContent).toBe('Save');
  expect(button()).toHaveProperty('disabled', false);
  expect(screen.getByRole('status').textContent).toBe('Saved');
});

it('takes an earlier "Saved" away at the next tap, and each "Saved" stays 4 s from its own save', () => {
  vi.useFakeTimers();
  const { handle } = renderBar();
  const save = () => {
    act(() => handle().showSaving());
    act(() => handle().showSaved());
    act(() => handle().showReady());
  };
  save();
  act(() => {
    vi.advanceTimersByTime(3000);
  });
  act(() => handle().showSaving());
  expect(screen.queryByRole('status')).toBeNull(); // the old notice never stands for the save under way
  act(() => handle().showSaved());
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

it('gives the button back after a refused save, with no "Saved"', () => {
  const { handle, button } = renderBar();
  act(() => handle().showSaving());
  act(() => handle().showReady());
  expect(button()).toHaveProperty('disabled', false);
  expect(button().textContent).toBe('Save');
  expect(screen.queryByRole('status')).toBeNull();
});
