import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHIFT_PERIODS } from '../../../../shared/domain/check-in';
import { STRESSOR_IDS, type StressorId } from '../../../../shared/domain/stressors';
import {
  DASHBOARD_WEEKDAYS,
  type Heatmap,
  type HeatmapCell,
  type OverloadPeak,
} from '../../../../shared/domain/team-report';
import { SelectField } from '../../ui';
import { useDashboardFormat } from './dashboard-format';

/** The strain bands cells are shaded by, lowest first; the top of each band is inclusive. */
const BANDS = [
  { level: 1, from: 0, to: 19 },
  { level: 2, from: 20, to: 39 },
  { level: 3, from: 40, to: 59 },
  { level: 4, from: 60, to: 79 },
  { level: 5, from: 80, to: 100 },
] as const;

function bandOf(value: number): number {
  return BANDS.find((band) => value <= band.to)?.level ?? BANDS.length;
}

/**
 * Mean strain by weekday × shift period as an HTML table: each cell shaded by band and showing its number
 * (never colour alone), or "Not enough responses" when it is suppressed. A select picks the stressor.
 */
export function HeatmapSection({ heatmap, k }: { readonly heatmap: Heatmap; readonly k: number }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const [stressor, setStressor] = useState<StressorId>('role-overload');
  const stressorName = t(`checkIns.stressor.${stressor}`);

  return (
    <section className="card stack" aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading">{t('teamWellbeing.heatmapTitle')}</h2>
      <p className="muted">{t('teamWellbeing.heatmapIntro', { k })}</p>
      <div className="heatmap-controls print-hidden">
        <SelectField
          label={t('teamWellbeing.heatmapStressor')}
          value={stressor}
          onChange={(event) => {
            const chosen = STRESSOR_IDS.find((id) => id === event.target.value);
            if (chosen) setStressor(chosen);
          }}
        >
          {STRESSOR_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`checkIns.stressor.${id}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="dashboard-table-scroll">
        <table className="heatmap">
          <caption>{t('teamWellbeing.heatmapCaption', { stressor: stressorName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('teamWellbeing.weekday')}</th>
              {SHIFT_PERIODS.map((period) => (
                <th key={period} scope="col">
                  {format.period(period)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {DASHBOARD_WEEKDAYS.map((weekday) => (
              <tr key={weekday}>
                <th scope="row">{format.weekday(weekday)}</th>
                {heatmap
                  .filter((cell) => cell.weekday === weekday)
                  .map((cell) => (
                    <HeatmapValue key={cell.period} cell={cell} stressor={stressor} />
                  ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="heatmap-legend" aria-hidden="true">
        <span className="heatmap-legend__title">{t('teamWellbeing.legend')}</span>
        {BANDS.map((band) => (
          <span key={band.level} className="heatmap-legend__item">
            <span className={`heat-swatch heat-cell--${String(band.level)}`} />
            {t('teamWellbeing.legendBand', { from: band.from, to: band.to })}
          </span>
        ))}
        <span className="heatmap-legend__item">
          <span className="heat-swatch heat-cell--none" />
          {t('teamWellbeing.notEnough')}
        </span>
      </div>
    </section>
  );
}

function HeatmapValue({ cell, stressor }: { readonly cell: HeatmapCell; readonly stressor: StressorId }) {
  const { t } = useTranslation();
  if (cell.released.kind === 'suppressed') {
    return <td className="heat-cell heat-cell--none">{t('teamWellbeing.notEnough')}</td>;
  }
  const value = Math.round(cell.released.value.meanStrain[stressor]);
  return <td className={`heat-cell heat-cell--${String(bandOf(value))}`}>{value}</td>;
}

/** The released weekday × shift cells with the highest mean role overload. */
export function OverloadPeaks({ peaks }: { readonly peaks: readonly OverloadPeak[] }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  return (
    <section className="card stack" aria-labelledby="peaks-heading">
      <h2 id="peaks-heading">{t('teamWellbeing.peaksTitle')}</h2>
      {peaks.length === 0 ? (
        <p className="muted">{t('teamWellbeing.noPeaks')}</p>
      ) : (
        <>
          <p className="muted">{t('teamWellbeing.peaksIntro')}</p>
          <ol className="peaks">
            {peaks.map((peak) => (
              <li key={`${String(peak.weekday)}-${peak.period}`} className="peaks__item">
                <span className="peaks__when">
                  {t('teamWellbeing.peak', {
                    weekday: format.weekday(peak.weekday),
                    period: format.period(peak.period),
                  })}
                </span>
                <span className={`peaks__value heat-cell--${String(bandOf(Math.round(peak.meanOverload)))}`}>
                  {t('teamWellbeing.peakValue', { value: Math.round(peak.meanOverload) })}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
