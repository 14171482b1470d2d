import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './ui.css';

/** One line on a chart. */
export interface ChartSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly color: string;
  readonly dash?: readonly number[];
}

/**
 * A small, fast line chart (uPlot) for weekly figures. The caller also shows the numbers as a table, so
 * the chart itself is labelled as an image with a summary.
 */
export function LineChart({
  label,
  xValues,
  series,
  yMax = 100,
  height = 260,
}: {
  readonly label: string;
  /** Unix seconds for each point. */
  readonly xValues: readonly number[];
  readonly series: readonly ChartSeries[];
  readonly yMax?: number;
  readonly height?: number;
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    let chart: uPlot | null = null;
    let isCancelled = false;
    const observer = new ResizeObserver(() => chart?.setSize({ width: element.clientWidth, height }));
    void import('uplot').then(({ default: UPlot }) => {
      if (isCancelled) return;
      const styles = getComputedStyle(element);
      const axisColor = styles.getPropertyValue('--color-text-muted').trim() || '#4a5565';
      const gridColor = styles.getPropertyValue('--color-border').trim() || '#c9d0da';
      const axis = { stroke: axisColor, grid: { stroke: gridColor, width: 1 }, ticks: { stroke: gridColor } };
      chart = new UPlot(
        {
          width: element.clientWidth || 600,
          height,
          scales: {
            // A single week would otherwise stretch across years; pad it to a fortnight.
            x: {
              time: true,
              range: (_chart, min, max) => (min === max ? [min - 7 * 86400, max + 7 * 86400] : [min, max]),
            },
            y: { range: [0, yMax] },
          },
          axes: [axis, axis],
          legend: { show: true },
          cursor: { drag: { x: false, y: false } },
          series: [
            {},
            ...series.map((line) => ({
              label: line.label,
              stroke: line.color,
              width: 2,
              spanGaps: false,
              points: { show: true, size: 6 },
              ...(line.dash ? { dash: [...line.dash] } : {}),
            })),
          ],
        },
        [[...xValues], ...series.map((line) => [...line.values])] as uPlot.AlignedData,
        element,
      );
      observer.observe(element);
    });
    return () => {
      isCancelled = true;
      observer.disconnect();
      chart?.destroy();
    };
  }, [xValues, series, yMax, height]);
  return <div ref={container} className="line-chart" role="img" aria-label={label} />;
}
