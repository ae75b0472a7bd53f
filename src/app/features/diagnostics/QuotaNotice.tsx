import { useTranslation } from 'react-i18next';
import { reportQuotaNotice, type QuotaNotice as Notice } from '../../db/quotaNotices';
import { Button } from '../../ui/Button';
import { useQuotaNotice } from './queries';

/** Says what happened when storage was full: what Ura removed to make room, or that nothing could be saved. */
export function QuotaNotice() {
  const notice = useQuotaNotice();
  // Its texts load only when there is something to say: the shell's first paint never waits for them.
  return notice ? <QuotaNoticeBanner notice={notice} /> : null;
}

function QuotaNoticeBanner({ notice }: { notice: Notice }) {
  const { t } = useTranslation('diagnostics');
  const text =
    notice.outcome === 'full'
      ? t('quota.full')
      : notice.freed.sessions > 0
        ? t('quota.savedAfterFreeing', { count: notice.freed.sessions })
        : t('quota.savedAfterClearing');
  return (
    <div className={`banner ${notice.outcome === 'full' ? 'banner-warn' : 'banner-info'}`} role="status">
      <span>{text}</span>
      <Button onClick={() => reportQuotaNotice(null)}>{t('quota.dismiss')}</Button>
    </div>
  );
}
