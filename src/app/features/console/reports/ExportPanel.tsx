import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ReportQuery } from '../../../api/reports';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/languages';
import { Button } from '../../../ui/Button';
import { FormAlert } from '../FormAlert';
import type { Problem } from '../problems';
import { saveExport } from './actions';

type Props = { query: ReportQuery; defaultK: number; recommendedK: number };

const K_CHOICES = [5, 10, 15, 20];

/** The donor files: counts below k are hidden, and whatever would reveal them. */
export function ExportPanel({ query, defaultK, recommendedK }: Props) {
  const { t, i18n } = useTranslation('admin');
  const lng = i18n.language as Language;
  const id = useId();
  const [k, setK] = useState(defaultK);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const choices = [...new Set([defaultK, recommendedK, ...K_CHOICES])].sort((a, b) => a - b);

  async function download(format: ExportFormat) {
    setBusy(format);
    setProblem(null);
    const result = await saveExport(query, { format, k, lng });
    setBusy(null);
    if (result.status === 'failed') setProblem(result.problem);
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('reports.exportTitle')}</h2>
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {t('reports.k')}
        </label>
        <select id={id} value={k} aria-describedby={`${id}-hint`} onChange={(e) => setK(Number(e.target.value))}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {formatNumber(choice, lng)}
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} className="hint">
          {recommendedK > defaultK ? t('reports.kSensitive', { k: formatNumber(recommendedK, lng) }) : t('reports.kHint')}
        </p>
      </div>
      <FormAlert problem={problem} />
      <div className="row">
        <Button onClick={() => void download('csv')} disabled={busy !== null}>
          {t('reports.csv')}
        </Button>
        <Button onClick={() => void download('xlsx')} disabled={busy !== null}>
          {t('reports.xlsx')}
        </Button>
      </div>
      <p role="status">{busy ? t('reports.preparing') : ''}</p>
    </section>
  );
}
