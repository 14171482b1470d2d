import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { STRESSOR_IDS } from '../../../../shared/domain/stressors';
import type { WeeklyFigures } from '../../../../shared/domain/team-report';
import { EmptyState, Notice } from '../../ui';
import { useDashboardFormat, weekSeconds } from './dashboard-format';
import { LazyLineChart } from './LazyLineChart';
import { STRESSOR_COLOURS } from './stressor-style';
import { useWeekPages, WeekPager } from './WeekPages';

/**
 * The team's weekly mean strain per stressor: one small chart per stressor, with suppressed weeks as gaps,
 * and the same figures as a table under "Show the numbers", a quarter at a time.
 */
export function StressorTrends({
  weeks,
  k,
}: {
  readonly weeks: readonly WeeklyFigures[];
  readonly k: number;
}) {
  const { t } = useTranslation();
  const pages = useWeekPages(weeks);
  const hasReleasedWeek = weeks.some((week) => week.released.kind === 'value');
  const xValues = useMemo(() => weeks.map((week) => weekSeconds(week.weekStart)), [weeks]);
  // One single-line chart per stressor; each series array is built once so the charts are not recreated.
  const charts = useMemo(
    () =>
      STRESSOR_IDS.map((id) => ({
        id,
        series: [
          {
            label: t(`checkIns.stressor.${id}`),
            values: weeks.map((week) =>
              week.released.kind === 'value' ? Math.round(week.released.value.meanStrain[id]) : null,
            ),
            color: STRESSOR_COLOURS[id],
          },
        ],
      })),
    [weeks, t],
  );

  return (
    <section className="card stack" aria-labelledby="trends-heading">
      <h2 id="trends-heading">{t('teamWellbeing.trendsTitle')}</h2>
      {weeks.length === 0 ? (
        <EmptyState title={t('teamWellbeing.noWeeks')} />
      ) : (
        <>
          <p className="muted">{t('teamWellbeing.trendsIntro', { k })}</p>
          {hasReleasedWeek ? (
            <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
              <div className="chart-grid">
                {charts.map((chart) => (
                  <figure key={chart.id} className="chart-grid__item">
                    <figcaption>{chart.series[0]?.label}</figcaption>
                    <LazyLineChart
                      label={t('teamWellbeing.chartLabel', {
                        weeks: weeks.length,
                        stressor: chart.series[0]?.label ?? '',
                      })}
                      xValues={xValues}
                      series={chart.series}
                      height={160}
                    />
                  </figure>
                ))}
              </div>
            </Suspense>
          ) : (
            <Notice tone="info" title={t('teamWellbeing.notEnough')}>
              <p>{t('teamWellbeing.notEnoughBody', { k })}</p>
            </Notice>
          )}
          <details className="dashboard-numbers">
            <summary>{t('teamWellbeing.showNumbers')}</summary>
            <div className="dashboard-table-scroll">
              <table className="dashboard-table">
                <caption>{t('teamWellbeing.weeklyTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('teamWellbeing.week')}</th>
                    {STRESSOR_IDS.map((id) => (
                      <th key={id} scope="col">
                        {t(`checkIns.stressor.${id}`)}
                      </th>
                    ))}
                    <th scope="col">{t('teamWellbeing.climateWeekly')}</th>
                  </tr>
                </thead>
                <tbody>
                  {pages.rows.map((week) => (
                    <WeekRow key={week.weekStart} week={week} />
                  ))}
                </tbody>
              </table>
            </div>
            <WeekPager pages={pages} label={t('teamWellbeing.weeklyTitle')} />
          </details>
        </>
      )}
    </section>
  );
}

function WeekRow({ week }: { readonly week: WeeklyFigures }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const { released } = week;
  const heading = <th scope="row">{format.week(week.weekStart)}</th>;
  if (released.kind === 'suppressed') {
    return (
      <tr>
        {heading}
        <td colSpan={STRESSOR_IDS.length + 1} className="dashboard-table__suppressed">
          {t('teamWellbeing.notEnough')}
        </td>
      </tr>
    );
  }
  const summary = released.value;
  return (
    <tr>
      {heading}
      {STRESSOR_IDS.map((id) => (
        <td key={id} className="dashboard-table__number">
          {Math.round(summary.meanStrain[id])}
        </td>
      ))}
      <td className="dashboard-table__number">{Math.round(summary.climateIndex)}</td>
    </tr>
  );
}
