import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInRecord } from '../../../../shared/domain/check-in';
import { findPersonalPatterns } from '../../../../shared/domain/patterns';
import { STRESSOR_IDS, strainScore } from '../../../../shared/domain/stressors';
import type { Session } from '../../auth/session';
import { Button, EmptyState, PagedListFoot, usePagedList } from '../../ui';
import { listMyCheckIns, readMyNote } from './check-ins.repo';
import { LazyLineChart } from './LazyLineChart';
import { STRESSOR_COLOURS } from './stressor-style';
import { SupportSection } from './SupportSection';
import { TalkRequestCard } from './TalkRequestCard';
import './check-ins.css';

/** Monday of the week containing `time`, local, as YYYY-MM-DD and epoch ms. */
function weekStart(time: number): { key: string; at: number } {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  const key = `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return { key, at: date.getTime() };
}

/** Weekly mean strain per stressor for the person's own check-ins, oldest week first. */
function weeklyOwnSeries(records: readonly CheckInRecord[]) {
  const weeks = new Map<string, { at: number; sums: Record<string, number>; count: number }>();
  for (const record of records) {
    const { key, at } = weekStart(record.at);
    const week = weeks.get(key) ?? { at, sums: {}, count: 0 };
    for (const id of STRESSOR_IDS) week.sums[id] = (week.sums[id] ?? 0) + strainScore(id, record.ratings[id]);
    week.count += 1;
    weeks.set(key, week);
  }
  return [...weeks.values()]
    .sort((a, b) => a.at - b.at)
    .map((week) => ({
      at: week.at,
      means: Object.fromEntries(
        STRESSOR_IDS.map((id) => [id, Math.round((week.sums[id] ?? 0) / week.count)]),
      ) as Record<(typeof STRESSOR_IDS)[number], number>,
    }));
}

/** How many past check-ins the history shows at a time, newest first ("Show more" adds as many again). */
const HISTORY_PAGE_SIZE = 10;

/** The person's own wellbeing page: trends, patterns, history with private notes, talk and support. */
export function MyWellbeingScreen({ session }: { readonly session: Session }) {
  const { t, i18n } = useTranslation();
  const records = useLiveQuery(() => listMyCheckIns(session), [session]);
  const history = usePagedList(records ?? [], HISTORY_PAGE_SIZE);
  const weeks = useMemo(() => weeklyOwnSeries(records ?? []), [records]);
  const patterns = useMemo(() => findPersonalPatterns(records ?? []), [records]);
  const chartX = useMemo(() => weeks.map((week) => week.at / 1000), [weeks]);
  const chartSeries = useMemo(
    () =>
      // One single-line chart per stressor; each series array is built once so the charts are not recreated.
      STRESSOR_IDS.map((id) => [
        {
          label: t(`checkIns.stressor.${id}`),
          values: weeks.map((week) => week.means[id]),
          color: STRESSOR_COLOURS[id],
        },
      ]),
    [weeks, t],
  );
  if (records === undefined) return <p className="muted">{t('app.loading')}</p>;
  const weekdayName = (day: number) =>
    new Date(2024, 0, 7 + day).toLocaleDateString(i18n.language, { weekday: 'long' });

  return (
    <div className="stack wellbeing">
      <h1>{t('wellbeing.title')}</h1>
      <p className="muted">{t('wellbeing.intro')}</p>
      <section className="card stack" aria-labelledby="trends-heading">
        <h2 id="trends-heading">{t('wellbeing.trendsTitle')}</h2>
        {records.length === 0 ? (
          <EmptyState title={t('wellbeing.noData')} />
        ) : (
          <>
            <p className="muted">{t('wellbeing.trendsIntro')}</p>
            <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
              <div className="chart-grid">
                {chartSeries.map((series, index) => (
                  <figure key={STRESSOR_IDS[index]} className="chart-grid__item">
                    <figcaption>{series[0]?.label}</figcaption>
                    <LazyLineChart
                      label={t('wellbeing.chartLabel', {
                        weeks: weeks.length,
                        stressor: series[0]?.label ?? '',
                      })}
                      xValues={chartX}
                      series={series}
                      height={160}
                    />
                  </figure>
                ))}
              </div>
            </Suspense>
            <WeeklyNumbers weeks={weeks} />
          </>
        )}
      </section>
      <section className="card stack" aria-labelledby="patterns-heading">
        <h2 id="patterns-heading">{t('wellbeing.patternsTitle')}</h2>
        {patterns.length === 0 ? (
          <p className="muted">{t('wellbeing.noPatterns')}</p>
        ) : (
          <ul>
            {patterns.map((pattern) => (
              <li key={`${pattern.stressor}-${String(pattern.weekday)}`}>
                {t('wellbeing.pattern', {
                  stressor: t(`checkIns.stressor.${pattern.stressor}`),
                  weekday: weekdayName(pattern.weekday),
                  mean: Math.round(pattern.meanStrain),
                  overall: Math.round(pattern.overallMean),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card stack" aria-labelledby="history-heading">
        <h2 id="history-heading">{t('wellbeing.historyTitle')}</h2>
        {records.length === 0 ? (
          <p className="muted">{t('wellbeing.noData')}</p>
        ) : (
          <>
            <ul className="history">
              {history.shown.map((record) => (
                <HistoryEntry key={record.id} session={session} record={record} />
              ))}
            </ul>
            <PagedListFoot
              list={history}
              summary={t('wellbeing.historyShowing', history.counts)}
              moreLabel={t('wellbeing.historyShowMore')}
            />
          </>
        )}
      </section>
      <TalkRequestCard session={session} />
      <SupportSection session={session} />
    </div>
  );
}

function HistoryEntry({
  session,
  record,
}: {
  readonly session: Session;
  readonly record: CheckInRecord & { readonly hasNote: boolean };
}) {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState<string | null | undefined>(undefined);
  return (
    <li className="history__entry">
      <p className="history__when">
        <strong>
          {new Date(record.at).toLocaleString(i18n.language, {
            weekday: 'short',
            day: 'numeric',
            month: 'short',
            hour: '2-digit',
            minute: '2-digit',
          })}
        </strong>{' '}
        · {t(`checkIns.moment.${record.moment}`)}
      </p>
      <ul className="history__ratings">
        {STRESSOR_IDS.map((id) => (
          <li key={id}>
            {t(`checkIns.stressor.${id}`)}: {record.ratings[id]}/5
          </li>
        ))}
        <li>
          {t('checkIns.energy')}: {record.energy}/5
        </li>
      </ul>
      {record.tags.length > 0 ? (
        <p className="muted">{record.tags.map((tag) => t(`checkIns.tags.${tag}`)).join(' · ')}</p>
      ) : null}
      {record.hasNote ? (
        note === undefined ? (
          <Button onClick={() => void readMyNote(session, record.id).then(setNote)}>
            {t('wellbeing.showNote')}
          </Button>
        ) : (
          <div className="history__note">
            <p>{note ?? t('wellbeing.noteUnavailable')}</p>
            <Button variant="ghost" onClick={() => setNote(undefined)}>
              {t('wellbeing.hideNote')}
            </Button>
          </div>
        )
      ) : null}
    </li>
  );
}

/** The weekly numbers behind the charts, as a table folded away (rendered only once unfolded). */
function WeeklyNumbers({ weeks }: { readonly weeks: ReturnType<typeof weeklyOwnSeries> }) {
  const { t, i18n } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary>{t('wellbeing.showNumbers')}</summary>
      {isOpen ? (
        <table className="data-table">
          <caption className="visually-hidden">{t('wellbeing.trendsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('wellbeing.week')}</th>
              {STRESSOR_IDS.map((id) => (
                <th key={id} scope="col">
                  {t(`checkIns.stressor.${id}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.at}>
                <th scope="row">{new Date(week.at).toLocaleDateString(i18n.language)}</th>
                {STRESSOR_IDS.map((id) => (
                  <td key={id}>{week.means[id]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}
