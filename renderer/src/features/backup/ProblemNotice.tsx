import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../shared/domain/outcome';
import { Notice } from '../../ui';

/** Why a backup cannot be used, in words: one line per problem, under a heading that says nothing changed. */
export function ProblemNotice({
  title,
  problems,
}: {
  readonly title: string;
  readonly problems: readonly Problem[];
}) {
  const { t } = useTranslation();
  return (
    <Notice tone="error" title={title}>
      <ul className="problem-list">
        {problems.map((problem, index) => (
          <li key={index}>{t(problem.message, problem.values ?? {})}</li>
        ))}
      </ul>
    </Notice>
  );
}
