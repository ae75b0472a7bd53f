import type { TFunction } from 'i18next';
import type { Dimension } from '../../../../shared/reports';
import { formatDate } from '../../../i18n/format';
import type { Language } from '../../../i18n/languages';

const VOCABULARY_DIMS: ReadonlySet<Dimension> = new Set(['category', 'outcome', 'blocker', 'channel', 'gender', 'ageBand', 'group', 'firstVisit']);

/** The name of a row or column value: vocabulary words, centre names, dates; e-services by their code. */
export function valueText(dim: Dimension, code: string, context: { t: TFunction; lng: Language; centreName: (id: string) => string | undefined }): string {
  const { t, lng } = context;
  if (dim === 'centre') return context.centreName(code) ?? code;
  if (dim === 'day') return formatDate(new Date(`${code}T12:00:00`), lng);
  if (dim === 'category' && code === 'uncategorised') return t('reports:category.uncategorised');
  if (VOCABULARY_DIMS.has(dim)) return t(`vocabulary:${dim}.${code}`, { defaultValue: code });
  return code;
}
