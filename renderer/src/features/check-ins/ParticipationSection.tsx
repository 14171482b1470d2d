import { useTranslation } from 'react-i18next';
import { participationShare, type WeeklyParticipation } from '../../../../shared/domain/team-report';
import { EmptyState } from '../../ui';
import { useDashboardFormat } from './dashboard-format';
import { useWeekPages, WeekPager } from './WeekPages';

/**
 * Per week, how many different people checked in against the team's current size. The count is a team
 * figure too, so below k it reads "Fewer than k" and no share is given. A quarter at a time, newest first.
 */
export function ParticipationSection({
  participation,
  k,
}: {
  readonly participation: readonly WeeklyParticipation[];
  readonly k: number;
}) {
  const { t, i18n } = useTranslation();
  const format = useDashboardFormat();
  const pages = useWeekPages(participation);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <section className="card stack" aria-labelledby="participation-heading">
      <h2 id="participation-heading">{t('teamWellbeing.participationTitle')}</h2>
      {participation.length === 0 ? (
        <EmptyState title={t('teamWellbeing.noWeeks')} />
      ) : (
        <>
          <p className="muted">{t('teamWellbeing.participationIntro', { k })}</p>
          <div className="dashboard-table-scroll">
            <table className="dashboard-table">
              <caption className="visually-hidden">{t('teamWellbeing.participationTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('teamWellbeing.week')}</th>
                  <th scope="col">{t('teamWellbeing.participants')}</th>
                  <th scope="col">{t('teamWellbeing.teamMembers')}</th>
                  <th scope="col">{t('teamWellbeing.share')}</th>
                </tr>
              </thead>
              <tbody>
                {pages.rows.map((week) => {
                  const share = participationShare(week);
                  return (
                    <tr key={week.weekStart}>
                      <th scope="row">{format.week(week.weekStart)}</th>
                      {week.participants.kind === 'value' ? (
                        <td className="dashboard-table__number">{week.participants.value}</td>
                      ) : (
                        <td className="dashboard-table__suppressed">{t('teamWellbeing.fewerThan', { k })}</td>
                      )}
                      <td className="dashboard-table__number">{week.teamSize}</td>
                      {share === null ? (
                        <td className="dashboard-table__suppressed">{t('teamWellbeing.notShown')}</td>
                      ) : (
                        <td className="dashboard-table__number">
                          <span className="share">
                            <span className="share__track" aria-hidden="true">
                              <span
                                className="share__fill"
                                style={{ width: `${String(Math.round(share * 100))}%` }}
                              />
                            </span>
                            {percent.format(share)}
                          </span>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <WeekPager pages={pages} label={t('teamWellbeing.participationTitle')} />
        </>
      )}
    </section>
  );
}
