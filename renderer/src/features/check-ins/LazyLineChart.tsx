import { lazy } from 'react';

/** The uPlot line chart, loaded only when a dashboard chart is first shown. */
export const LazyLineChart = lazy(() =>
  import('../../ui/LineChart').then((module) => ({ default: module.LineChart })),
);
