/** How the team dashboard names weeks, weekdays and shift periods, in the person's language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShiftPeriod } from '../../../../shared/domain/check-in';

/** Local midnight of a YYYY-MM-DD day. */
export function localDate(day: string): Date {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

/** Unix seconds of a week's Monday, for chart x values. */
export function weekSeconds(weekStart: string): number {
  return localDate(weekStart).getTime() / 1000;
}

/** Formatters for dashboard labels, stable while the language stays the same. */
export function useDashboardFormat(): {
  readonly weekday: (weekday: number) => string;
  readonly period: (period: ShiftPeriod) => string;
  readonly week: (weekStart: string) => string;
} {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      // 7 January 2024 was a Sunday, so day `n` of that week has `getDay() === n`.
      weekday: (weekday: number) =>
        new Date(2024, 0, 7 + weekday).toLocaleDateString(language, { weekday: 'long' }),
      period: (period: ShiftPeriod) => t(`teamWellbeing.period.${period}`),
      // Month as a word: a numeric date such as 5/5 would read like a rating.
      week: (weekStart: string) =>
        localDate(weekStart).toLocaleDateString(language, {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
        }),
    }),
    [t, language],
  );
}
