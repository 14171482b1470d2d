import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { useDashboardFormat } from './dashboard-format';

/** Weeks per page of a dashboard table: a quarter. */
export const WEEKS_PER_PAGE = 13;

/** One page of a week-by-week table, and how to move between pages. */
export interface WeekPages<T> {
  /** The weeks on this page, oldest first. */
  readonly rows: readonly T[];
  /** 0 is the newest page. */
  readonly page: number;
  readonly pageCount: number;
  readonly showOlder: () => void;
  readonly showNewer: () => void;
}

/**
 * Pages of `WEEKS_PER_PAGE` weeks over a series that is oldest first, opening on the newest page. Two years
 * of weeks would otherwise put hundreds of rows on screen at once.
 */
export function useWeekPages<T>(weeks: readonly T[]): WeekPages<T> {
  const [page, setPage] = useState(0);
  const pageCount = Math.max(1, Math.ceil(weeks.length / WEEKS_PER_PAGE));
  const current = Math.min(page, pageCount - 1);
  const end = weeks.length - current * WEEKS_PER_PAGE;
  return {
    rows: weeks.slice(Math.max(0, end - WEEKS_PER_PAGE), end),
    page: current,
    pageCount,
    showOlder: () => setPage(Math.min(current + 1, pageCount - 1)),
    showNewer: () => setPage(Math.max(current - 1, 0)),
  };
}

/** "Earlier weeks" / "Later weeks" under a paged table, with which weeks are shown (announced politely). */
export function WeekPager<T extends { readonly weekStart: string }>({
  pages,
  label,
}: {
  readonly pages: WeekPages<T>;
  /** Names the table the pager belongs to, for its navigation landmark. */
  readonly label: string;
}) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  if (pages.pageCount <= 1) return null;
  const first = pages.rows[0];
  const last = pages.rows[pages.rows.length - 1];
  return (
    <nav
      className="row week-pager print-hidden"
      aria-label={t('teamWellbeing.pager.label', { table: label })}
    >
      <Button onClick={pages.showOlder} disabled={pages.page >= pages.pageCount - 1}>
        {t('teamWellbeing.pager.older')}
      </Button>
      <p className="muted" aria-live="polite">
        {first && last
          ? t('teamWellbeing.pager.showing', {
              from: format.week(first.weekStart),
              to: format.week(last.weekStart),
            })
          : null}
      </p>
      <Button onClick={pages.showNewer} disabled={pages.page === 0}>
        {t('teamWellbeing.pager.newer')}
      </Button>
    </nav>
  );
}
