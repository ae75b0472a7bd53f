import { useTranslation } from 'react-i18next';
import type { AuthProblem } from './problems';

/** A failure in plain words, announced to screen readers. */
export function ProblemText({ problem }: { problem: AuthProblem | null }) {
  const { t } = useTranslation('auth');
  if (!problem) return null;
  return (
    <p className="error-text" role="alert">
      {problem.count === undefined ? t(problem.key) : t(problem.key, { count: problem.count })}
    </p>
  );
}
