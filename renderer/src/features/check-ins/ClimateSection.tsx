import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Released, TeamSummary } from '../../../../shared/domain/anonymity';
import type { WeeklyFigures } from '../../../../shared/domain/team-report';
import { weekSeconds } from './dashboard-format';
import { LazyLineChart } from './LazyLineChart';
import { STRESSOR_COLOURS } from './stressor-style';

/**
 * The service-climate index (100 − mean service-climate strain; higher is better): over all released weeks,
 * and week by week with suppressed weeks as gaps.
 */
export function ClimateSection({
  overall,
  weeks,
}: {
  readonly overall: Released<TeamSummary>;
  readonly weeks: readonly WeeklyFigures[];
}) {
  const { t } = useTranslation();
  const xValues = useMemo(() => weeks.map((week) => weekSeconds(week.weekStart)), [weeks]);
  const series = useMemo(
    () => [
      {
        label: t('teamWellbeing.climateWeekly'),
        values: weeks.map((week) =>
          week.released.kind === 'value' ? Math.round(week.released.value.climateIndex) : null,
        ),
        color: STRESSOR_COLOURS['service-climate'],
      },
    ],
    [weeks, t],
  );
  return (
    <section className="card stack" aria-labelledby="climate-heading">
      <h2 id="climate-heading">{t('teamWellbeing.climateTitle')}</h2>
      <p className="muted">{t('teamWellbeing.climateIntro')}</p>
      {overall.kind === 'value' ? (
        <>
          <p className="climate-figure">
            <span className="climate-figure__value">{Math.round(overall.value.climateIndex)}</span>
            <span className="climate-figure__label">{t('teamWellbeing.climateOverall')}</span>
          </p>
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <div className="climate-chart">
              <LazyLineChart
                label={t('teamWellbeing.climateChartLabel', { weeks: weeks.length })}
                xValues={xValues}
                series={series}
                height={160}
              />
            </div>
          </Suspense>
        </>
      ) : (
        <p className="climate-figure climate-figure--suppressed">{t('teamWellbeing.notEnough')}</p>
      )}
    </section>
  );
}
