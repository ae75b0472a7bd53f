// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import common from '../../../../locales/en/common.json';
import session from '../../../../locales/en/session.json';
import vocabulary from '../../../../locales/en/vocabulary.json';
import { aSession } from '../../../test/fixtures';
import type { LocalSession } from '../../db/tables';
import { formatTime } from '../../i18n/format';
import { SessionRow } from './SessionRow';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: 'en', resources: { en: { common, session, vocabulary } }, ns: ['session'], interpolation: { escapeValue: false } });
});
afterEach(cleanup);

const stored = (): LocalSession => ({ ...aSession({ id: '0190f000-0000-7000-8000-00000000aaaa', occurredAt: '2026-11-20T09:05:00+01:00' }), day: '2026-11-20', updatedAt: 1, version: 1 });
const noop = () => undefined;

it('renders a row again only when what it shows changes, not for each fresh read of the same session', () => {
  const nameOf = vi.fn((code: string) => `service ${code}`);
  const row = (s: LocalSession, isPending = false) => (
    <I18nextProvider i18n={i18n}>
      <ul>
        <SessionRow session={s} nameOf={nameOf} isPending={isPending} onEdit={noop} onDelete={noop} />
      </ul>
    </I18nextProvider>
  );
  const { rerender } = render(row(stored()));
  expect(screen.getByText(formatTime(new Date(stored().occurredAt), 'en'))).toBeTruthy();
  const renders = nameOf.mock.calls.length;
  rerender(row({ ...stored(), version: 2 })); // a new object with the same content (a list read again)
  expect(nameOf.mock.calls.length).toBe(renders);
  rerender(row({ ...stored(), services: [{ serviceCode: 'other_code', outcome: 'completed' }] }));
  expect(nameOf.mock.calls.length).toBeGreaterThan(renders);
  expect(screen.getByText(/service other_code/)).toBeTruthy();
  const before = nameOf.mock.calls.length;
  rerender(row({ ...stored(), services: [{ serviceCode: 'other_code', outcome: 'completed' }] }, true));
  expect(nameOf.mock.calls.length).toBeGreaterThan(before); // the pending mark is shown too
});
