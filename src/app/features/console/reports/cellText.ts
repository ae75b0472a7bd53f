import type { TFunction } from 'i18next';
import { isHidden, type Cell, type Dimension } from '../../../../shared/reports';
import { formatDate, formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/languages';

const VOCABULARY_DIMS: ReadonlySet<Dimension> = new Set(['category', 'outcome', 'blocker', 'channel', 'gender', 'ageBand', 'group', 'firstVisit']);

export type NameSources = {
  t: TFunction;
  lng: Language;
  centreName: (id: string) => string | undefined;
  /** The catalogue name of an e-service in the UI language; the code when the catalogue does not know it. */
  serviceName: (code: string) => string | undefined;
};

/** The name of a row or column value: vocabulary words, centre names, dates, e-service names. */
export function valueText(dim: Dimension, code: string, context: NameSources): string {
  const { t, lng } = context;
  if (dim === 'centre') return context.centreName(code) ?? code;
  if (dim === 'eService') return context.serviceName(code) ?? code;
  if (dim === 'day') return formatDate(new Date(`${code}T12:00:00`), lng);
  if (dim === 'category' && code === 'uncategorised') return t('reports:category.uncategorised');
  if (VOCABULARY_DIMS.has(dim)) return t(`vocabulary:${dim}.${code}`, { defaultValue: code });
  return code;
}

const counts = new Map<string, string>();

/** formatNumber, remembered: a report prints the same few hundred small counts again and again. */
export function formatCount(value: number, lng: Language): string {
  const key = `${lng} ${value}`;
  let text = counts.get(key);
  if (text === undefined) {
    text = formatNumber(value, lng);
    if (counts.size < 5000) counts.set(key, text);
  }
  return text;
}

/** A count as the screen shows it: a hidden cell says "hidden", never 0. */
export function cellText(cell: Cell | undefined, context: Pick<NameSources, 't' | 'lng'>): string {
  if (cell === undefined) return '';
  return isHidden(cell) ? context.t('reports:hidden') : formatCount(cell, context.lng);
}

/** A name lookup over a catalogue's names in every language. */
export function serviceNamesIn(names: ReadonlyMap<string, Readonly<Record<string, string>>>, lng: Language): (code: string) => string | undefined {
  return (code) => names.get(code)?.[lng];
}
