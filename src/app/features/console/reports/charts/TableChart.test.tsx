// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import reports from '../../../../../../locales/en/reports.json';
import { HIDDEN, oneWayTable, type SuppressedTable } from '../../../../../shared/reports';
import { TableChart } from './TableChart';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: 'en', resources: { en: { reports } }, ns: ['reports'], interpolation: { escapeValue: false } });
});
afterEach(cleanup);

const head = { titleKey: 'reports.table.sessions_by_channel', universe: 'sessions', additive: true, sensitive: false } as const;

const TITLE = 'Sessions by channel';

function renderChart(table: Parameters<typeof TableChart>[0]['table']) {
  return render(
    <I18nextProvider i18n={i18n}>
      <TableChart table={table} title={TITLE} label={(code) => `name of ${code}`} />
    </I18nextProvider>,
  );
}

describe('report charts', () => {
  it('is one labelled image with a bar per row, counts written beside them', () => {
    const counts: Record<string, number> = { walk_in: 12, phone: 0, online: 3 };
    renderChart(oneWayTable({ ...head, id: 'sessions_by_channel', rowDim: 'channel' }, Object.keys(counts), (c) => counts[c] ?? 0));
    const chart = screen.getByRole('img', { name: 'Chart: Sessions by channel. The numbers are in the table below.' });
    const bars = chart.querySelectorAll('[data-bar]');
    expect([...bars].map((b) => b.textContent)).toEqual(['name of walk_in12', 'name of phone0', 'name of online3']);
    const width = (code: string) => Number(chart.querySelector(`[data-bar="${code}"] rect`)?.getAttribute('width'));
    expect(width('walk_in')).toBeGreaterThan(width('online'));
    expect(width('phone')).toBe(0);
  });

  it('shows a hidden count as hidden, never as zero', () => {
    const raw = oneWayTable({ ...head, id: 'sessions_by_channel', rowDim: 'channel' }, ['walk_in', 'phone', 'online'], () => 0);
    const table: SuppressedTable = { ...raw, cells: [[9], [HIDDEN], [0]], rowTotals: [9, HIDDEN, 0], colTotals: [HIDDEN], grandTotal: HIDDEN, k: 5 };
    renderChart(table);
    const hidden = screen.getByRole('img').querySelector('[data-bar="phone"]');
    expect(hidden?.getAttribute('data-hidden')).toBe('true');
    expect(hidden?.textContent).toBe('name of phonehidden');
    expect(screen.getByRole('img').querySelector('[data-bar="online"]')?.textContent).toBe('name of online0');
  });

  it('draws the days of the week as columns', () => {
    const days = ['2026-11-16', '2026-11-17'];
    renderChart(oneWayTable({ ...head, id: 'sessions_by_day', rowDim: 'day' }, days, (d) => (d === days[0] ? 4 : 1)));
    const chart = screen.getByRole('img');
    expect(chart.classList.contains('chart-columns')).toBe(true);
    expect(chart.querySelectorAll('[data-bar]')).toHaveLength(2);
  });
});
