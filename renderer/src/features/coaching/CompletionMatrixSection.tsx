import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { TeamScope } from '../../../../shared/domain/team-scope';
import type { Session } from '../../auth/session';
import { EmptyState, PagedListFoot, usePagedList } from '../../ui';
import { getCompletionMatrix, type CompletionCell } from './coaching.repo';
import { useFormatDate } from './CoachingParts';

/** How many people the matrix shows at a time ("Show more" adds as many again). */
const ROWS_PER_PAGE = 10;

/**
 * "Training completion": a real table of people × assigned modules. Overdue cells say "Overdue" in words
 * and are also highlighted, so colour is never the only signal.
 */
export function CompletionMatrixSection({
  session,
  scope,
}: {
  readonly session: Session;
  /** The team the lists cover (an admin's chosen team; a supervisor's own). */
  readonly scope: TeamScope;
}) {
  const { t } = useTranslation();
  const matrix = useLiveQuery(() => getCompletionMatrix(session, Date.now(), scope), [session, scope.teamId]);
  const rows = usePagedList(matrix?.rows ?? [], ROWS_PER_PAGE);
  return (
    <section className="stack" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">{t('coaching.matrix.title')}</h2>
      {matrix === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : matrix.modules.length === 0 || matrix.rows.length === 0 ? (
        <EmptyState title={t('coaching.matrix.empty')}>
          <p>{t('coaching.matrix.emptyBody')}</p>
        </EmptyState>
      ) : (
        <div className="coaching-table-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
          <table className="coaching-table coaching-matrix">
            <caption id="matrix-caption">{t('coaching.matrix.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coaching.matrix.person')}</th>
                {matrix.modules.map((module) => (
                  <th key={module.moduleId} scope="col">
                    {module.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.shown.map((row) => (
                <tr key={row.personId}>
                  <th scope="row">{row.displayName}</th>
                  {row.cells.map((cell) => (
                    <MatrixCell key={cell.moduleId} cell={cell} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {matrix !== undefined && matrix.modules.length > 0 ? (
        <PagedListFoot
          list={rows}
          summary={t('lists.showing', rows.counts)}
          moreLabel={t('coaching.matrix.showMore')}
        />
      ) : null}
    </section>
  );
}

function MatrixCell({ cell }: { readonly cell: CompletionCell }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const label = t(`coaching.matrix.${cell.status}`, { percent: cell.scorePercent ?? 0 });
  return (
    <td className={`matrix-cell matrix-cell--${cell.status}${cell.isOverdue ? ' matrix-cell--overdue' : ''}`}>
      {cell.isOverdue ? (
        <strong className="matrix-cell__overdue">{t('coaching.matrix.overdue')}</strong>
      ) : null}
      {label}
      {cell.dueAt !== null && cell.status !== 'passed' ? (
        <span className="matrix-cell__due">{t('coaching.matrix.due', { date: formatDate(cell.dueAt) })}</span>
      ) : null}
    </td>
  );
}
