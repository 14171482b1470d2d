import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Released, TeamSummary } from '../../../../shared/domain/anonymity';
import { STRESSOR_IDS, type StressorId } from '../../../../shared/domain/stressors';
import { OVERVIEW_WEEKS } from '../../../../shared/domain/team-report';
import type { Session } from '../../auth/session';
import { Button, EmptyState } from '../../ui';
import { getTeamsOverview } from './team-dashboard.repo';

/**
 * Admins' first view of the team dashboard: every active team on one line — the last four weeks against the
 * four before, under the same k rule as a team's own dashboard — with a button to open that team.
 */
export function TeamsOverview({
  session,
  onOpenTeam,
}: {
  readonly session: Session;
  readonly onOpenTeam: (teamId: string) => void;
}) {
  const { t } = useTranslation();
  const overview = useLiveQuery(() => getTeamsOverview(session), [session]);
  if (!overview) return null;
  if (overview.teams.length === 0) return <EmptyState title={t('teamWellbeing.noTeam')} />;
  return (
    <section className="card stack" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('teamWellbeing.overview.title')}</h2>
      <p className="muted">{t('teamWellbeing.overview.intro', { weeks: OVERVIEW_WEEKS, k: overview.k })}</p>
      <div className="dashboard-table-scroll">
        <table className="dashboard-table">
          <caption className="visually-hidden">{t('teamWellbeing.overview.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('teamWellbeing.overview.team')}</th>
              <th scope="col">{t('teamWellbeing.teamMembers')}</th>
              <th scope="col">{t('teamWellbeing.overview.climate', { weeks: OVERVIEW_WEEKS })}</th>
              <th scope="col">{t('teamWellbeing.overview.change', { weeks: OVERVIEW_WEEKS })}</th>
              <th scope="col">{t('teamWellbeing.overview.highest', { weeks: OVERVIEW_WEEKS })}</th>
              <th scope="col">
                <span className="visually-hidden">{t('teamWellbeing.overview.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.teams.map((team) => (
              <tr key={team.teamId}>
                <th scope="row">{team.name}</th>
                <td className="dashboard-table__number">{team.teamSize}</td>
                <Figure
                  released={team.current}
                  show={(summary) => String(Math.round(summary.climateIndex))}
                />
                <ClimateChange current={team.current} previous={team.previous} />
                <Figure
                  released={team.current}
                  show={(summary) => {
                    const highest = highestStrain(summary);
                    return `${t(`checkIns.stressor.${highest}`)} ${String(Math.round(summary.meanStrain[highest]))}`;
                  }}
                />
                <td>
                  <Button onClick={() => onOpenTeam(team.teamId)}>
                    {t('teamWellbeing.overview.open')}
                    <span className="visually-hidden"> {team.name}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Figure({
  released,
  show,
}: {
  readonly released: Released<TeamSummary>;
  readonly show: (summary: TeamSummary) => string;
}) {
  const { t } = useTranslation();
  if (released.kind === 'suppressed') {
    return <td className="dashboard-table__suppressed">{t('teamWellbeing.notEnough')}</td>;
  }
  return <td className="dashboard-table__number">{show(released.value)}</td>;
}

/** The climate index now minus four weeks before; shown only when both periods are released. */
function ClimateChange({
  current,
  previous,
}: {
  readonly current: Released<TeamSummary>;
  readonly previous: Released<TeamSummary>;
}) {
  const { t } = useTranslation();
  if (current.kind === 'suppressed' || previous.kind === 'suppressed') {
    return <td className="dashboard-table__suppressed">{t('teamWellbeing.notShown')}</td>;
  }
  const change = Math.round(current.value.climateIndex - previous.value.climateIndex);
  const text =
    change === 0
      ? t('teamWellbeing.overview.same')
      : t(change > 0 ? 'teamWellbeing.overview.up' : 'teamWellbeing.overview.down', {
          points: Math.abs(change),
        });
  return <td className="dashboard-table__number">{text}</td>;
}

function highestStrain(summary: TeamSummary): StressorId {
  return STRESSOR_IDS.reduce((highest, id) =>
    summary.meanStrain[id] > summary.meanStrain[highest] ? id : highest,
  );
}
