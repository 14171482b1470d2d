import { useLayoutEffect, useRef } from 'react';
// A static import: this module is itself loaded only when a chart is first shown (LazyLineChart), so uPlot
// arrives with it, and mounting a chart never waits for another module.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { lineChartData, lineChartOptions, type ChartPalette, type ChartSeries } from './line-chart-options';
import './ui.css';

export type { ChartSeries } from './line-chart-options';

const DARK_SCHEME = '(prefers-color-scheme: dark)';

/** The axis, grid and line colours from the design tokens, as they apply to `element` now. */
function readPalette(element: HTMLElement, series: readonly ChartSeries[]): ChartPalette {
  const styles = getComputedStyle(element);
  const token = (name: string, fallback: string) => styles.getPropertyValue(name).trim() || fallback;
  return {
    axis: token('--color-text-muted', '#4a5565'),
    grid: token('--color-border', '#c9d0da'),
    // A custom property name is looked up; a plain colour is used as it is.
    lines: series.map((line) => (line.color.startsWith('--') ? token(line.color, '#4a5565') : line.color)),
  };
}

/**
 * A small, fast line chart (uPlot) for weekly figures. The caller also shows the numbers as a table, so
 * the chart itself is labelled as an image with a summary.
 *
 * It costs what uPlot alone costs: the plot is created once per data change, drawn once (a resize redraws
 * only when the width really changed), and nothing is done per point beyond what uPlot does.
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
  // A layout effect, so the plot is drawn before the browser first paints the empty box.
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const palette = readPalette(element, series);
    const chart = new uPlot(
      lineChartOptions({ width: element.clientWidth || 600, height, yMax, xValues, series, palette }),
      lineChartData(xValues, series),
      element,
    );
    // The observer reports the size once when it starts; redraw only when the width has really changed.
    const observer = new ResizeObserver(() => {
      const width = element.clientWidth;
      if (width > 0 && width !== chart.width) chart.setSize({ width, height });
    });
    observer.observe(element);
    // Follow the light/dark theme while the chart is shown.
    const scheme = window.matchMedia(DARK_SCHEME);
    const onSchemeChange = () => {
      Object.assign(palette, readPalette(element, series));
      chart.redraw(false, true);
      // uPlot colours the legend's markers once, when it builds the legend: recolour them here. The first
      // legend row is the x axis (time), so line i is row i + 1.
      element.querySelectorAll<HTMLElement>('.u-legend .u-series .u-marker').forEach((marker, row) => {
        const colour = row > 0 ? palette.lines[row - 1] : undefined;
        if (colour !== undefined) marker.style.borderColor = colour;
      });
    };
    scheme.addEventListener('change', onSchemeChange);
    return () => {
      scheme.removeEventListener('change', onSchemeChange);
      observer.disconnect();
      chart.destroy();
    };
  }, [xValues, series, yMax, height]);
  return <div ref={container} className="line-chart" role="img" aria-label={label} />;
}
