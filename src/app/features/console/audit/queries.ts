import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '../../../../shared/auth/api';
import { queryAudit } from '../../../api/admin';
import { problemOf, type Problem } from '../problems';
import { auditQueryOf, type AuditFilters } from './filters';

type Log = { key: string; entries: AuditEntry[]; nextBefore: number | null; problem?: Problem };
export type AuditLog = { entries: AuditEntry[] | undefined; hasOlder: boolean; isLoading: boolean; problem: Problem | undefined; loadOlder: () => void };

/** The newest page for the filters, then older pages appended on demand (keyset paging by id). */
export function useAuditLog(filters: AuditFilters): AuditLog {
  const key = JSON.stringify(filters);
  const [log, setLog] = useState<Log | null>(null);
  const [isLoadingOlder, setIsLoadingOlder] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    const parsed = JSON.parse(key) as AuditFilters;
    queryAudit(auditQueryOf(parsed)).then(
      (page) => isCurrent && setLog({ key, entries: page.entries, nextBefore: page.nextBefore }),
      (error: unknown) => isCurrent && setLog({ key, entries: [], nextBefore: null, problem: problemOf(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [key]);

  const current = log?.key === key ? log : null;
  const loadOlder = useCallback(() => {
    if (!current || current.nextBefore === null) return;
    setIsLoadingOlder(true);
    void queryAudit(auditQueryOf(JSON.parse(key) as AuditFilters, current.nextBefore))
      .then(
        (page) => setLog((prev) => (prev?.key === key ? { key, entries: [...prev.entries, ...page.entries], nextBefore: page.nextBefore } : prev)),
        (error: unknown) => setLog((prev) => (prev?.key === key ? { ...prev, problem: problemOf(error) } : prev)),
      )
      .finally(() => setIsLoadingOlder(false));
  }, [current, key]);

  return {
    entries: current?.entries,
    hasOlder: current?.nextBefore != null,
    isLoading: !current || isLoadingOlder,
    problem: current?.problem,
    loadOlder,
  };
}
