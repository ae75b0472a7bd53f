import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readEverything } from '../../db/rescue';
import { Button } from '../../ui/Button';
import { LanguageSwitcher } from '../language/LanguageSwitcher';

export type DbProblem = 'newer' | 'unreadable' | 'versionchange';

/** Never a blank page: say what happened and offer to save what the tablet still holds. */
export function DbProblemScreen({ problem }: { problem: DbProblem }) {
  const { t } = useTranslation('common');
  const [exportFailed, setExportFailed] = useState(false);

  async function exportReadable() {
    try {
      const data = await readEverything();
      const blob = new Blob([JSON.stringify({ exportedAt: new Date().toISOString(), data }, null, 2)], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `ura-rescue-${Date.now()}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch {
      setExportFailed(true);
    }
  }

  return (
    <main>
      <div className="row spread">
        <h1>{t(`db.${problem}Title`)}</h1>
        <LanguageSwitcher />
      </div>
      <p>{t(`db.${problem}Body`)}</p>
      <div className="row">
        {problem !== 'versionchange' && (
          <Button variant="primary" onClick={() => void exportReadable()}>{t('db.export')}</Button>
        )}
        <Button onClick={() => window.location.reload()}>{t('actions.reload')}</Button>
      </div>
      {exportFailed && <p className="error-text" role="alert">{t('db.exportFailed')}</p>}
    </main>
  );
}
