/**
 * What the LineChart hands to uPlot, as plain functions so they can be tested without a canvas. Everything
 * here is work done once per chart, never per frame: per-frame callbacks only read what was prepared.
 */
import type uPlot from 'uplot';

/** One line on a chart. */
export interface ChartSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  /**
   * The line's colour: a CSS colour, or the name of a custom property holding one (`--stressor-…`), which
   * follows the light or dark theme.
   */
  readonly color: string;
  readonly dash?: readonly number[];
}

/**
 * Theme colours: the axes, the grid and each line (in series order). Read from the CSS tokens, and again
 * when the theme changes.
 */
export interface ChartPalette {
  axis: string;
  grid: string;
  lines: readonly string[];
}

const WEEK_SECONDS = 7 * 86400;
/** Diameter of a point marker, in CSS pixels. */
export const POINT_SIZE = 6;

/**
 * Indices of values with no neighbour to draw a line to (null, or the edge, on both sides). A line chart
 * shows nothing for such a value unless it is marked with a point, so they are always marked.
 */
export function isolatedPoints(values: readonly (number | null)[]): number[] {
  const found: number[] = [];
  for (let index = 0; index < values.length; index += 1) {
    if (values[index] === null || values[index] === undefined) continue;
    if ((values[index - 1] ?? null) === null && (values[index + 1] ?? null) === null) found.push(index);
  }
  return found;
}

/** The chart's data in uPlot's shape: x first, then each line's values. uPlot only reads it. */
export function lineChartData(xValues: readonly number[], series: readonly ChartSeries[]): uPlot.AlignedData {
  // uPlot never writes to its data, so the caller's arrays are handed over as they are, without copies.
  return [xValues, ...series.map((line) => line.values)] as uPlot.AlignedData;
}

/** uPlot options for weekly figures on a 0–`yMax` scale. `palette` is read on every draw. */
export function lineChartOptions({
  width,
  height,
  yMax,
  xValues,
  series,
  palette,
}: {
  readonly width: number;
  readonly height: number;
  readonly yMax: number;
  /** Unix seconds for each point, oldest first. */
  readonly xValues: readonly number[];
  readonly series: readonly ChartSeries[];
  readonly palette: Readonly<ChartPalette>;
}): uPlot.Options {
  const first = xValues[0];
  // A single week: uPlot alone would widen it by 86,400 of its time units (1,000 days in seconds), so the
  // week would sit at the edge of almost three years. Centre it in a fortnight instead.
  const singleWeek = first !== undefined && xValues.at(-1) === first ? first : null;
  const axis = {
    stroke: () => palette.axis,
    grid: { stroke: () => palette.grid, width: 1 },
    ticks: { stroke: () => palette.grid },
  };
  return {
    width,
    height,
    scales: {
      x: {
        time: true,
        range: (_chart, min, max) =>
          singleWeek === null ? [min, max] : [singleWeek - WEEK_SECONDS, singleWeek + WEEK_SECONDS],
      },
      y: { range: [0, yMax] },
    },
    axes: [axis, axis],
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
    series: [
      {},
      ...series.map((line, index) => {
        const isolated = isolatedPoints(line.values);
        return {
          label: line.label,
          // Read on every draw, like the axes, so the line follows a theme change.
          stroke: () => palette.lines[index] ?? line.color,
          width: 2,
          spanGaps: false,
          points: {
            // uPlot marks every point only when there is room between them; otherwise only the isolated ones,
            // which would be invisible. Marking thousands of points would cost more than the line itself.
            size: POINT_SIZE,
            filter: (_chart: uPlot, _seriesIndex: number, show: boolean) =>
              show || isolated.length === 0 ? null : isolated,
          },
          ...(line.dash ? { dash: [...line.dash] } : {}),
        };
      }),
    ],
  };
}
