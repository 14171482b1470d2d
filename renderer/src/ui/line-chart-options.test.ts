import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import {
  isolatedPoints,
  lineChartData,
  lineChartOptions,
  POINT_SIZE,
  type ChartPalette,
  type ChartSeries,
} from './line-chart-options';

const WEEK = 7 * 86400;
/** The callbacks tested here never read the chart they are given. */
const PLOT = null as unknown as uPlot;
const STRAIN: ChartSeries = { label: 'Strain', values: [40, null, 55, 60, null, 70], color: '#b3261e' };
const CLIMATE: ChartSeries = { label: 'Climate', values: [1, 2, 3, 4, 5, 6], color: '#1e6b3a', dash: [4, 2] };

const SIX_WEEKS = [0, 1, 2, 3, 4, 5].map((week) => 1_700_000_000 + week * WEEK);

function options(
  palette: ChartPalette = { axis: '#111111', grid: '#222222', lines: ['#b3261e', '#1e6b3a'] },
  xValues: readonly number[] = SIX_WEEKS,
) {
  return lineChartOptions({
    width: 640,
    height: 160,
    yMax: 100,
    xValues,
    series: [STRAIN, CLIMATE],
    palette,
  });
}

/** What uPlot would ask the points filter of series `index`, when it would (not) draw every point. */
function markedPoints(index: number, uPlotShowsAll: boolean): number[] | null {
  const filter = options().series[index]?.points?.filter;
  if (typeof filter !== 'function') throw new Error('No points filter');
  return filter(PLOT, index, uPlotShowsAll);
}

describe('isolatedPoints', () => {
  it('finds values with a gap or an edge on both sides', () => {
    expect(isolatedPoints([null, 3, null, 4, 5, null, 6])).toEqual([1, 6]);
    expect(isolatedPoints([7])).toEqual([0]);
    expect(isolatedPoints([7, null])).toEqual([0]);
  });

  it('finds none in a continuous line or an empty one', () => {
    expect(isolatedPoints([1, 2, 3])).toEqual([]);
    expect(isolatedPoints([null, null])).toEqual([]);
    expect(isolatedPoints([])).toEqual([]);
  });
});

describe('lineChartOptions', () => {
  it('draws one line per series with its label, colour and dash, on a 0–yMax scale', () => {
    const built = options();
    expect(built.width).toBe(640);
    expect(built.height).toBe(160);
    expect(built.scales?.y?.range).toEqual([0, 100]);
    const strokeOf = (line: uPlot.Series, index: number) =>
      typeof line.stroke === 'function' ? line.stroke(PLOT, index + 1) : line.stroke;
    expect(
      built.series.slice(1).map((line, index) => [line.label, strokeOf(line, index), line.dash ?? null]),
    ).toEqual([
      ['Strain', '#b3261e', null],
      ['Climate', '#1e6b3a', [4, 2]],
    ]);
    expect(built.series[1]?.spanGaps).toBe(false);
    expect(built.series[1]?.points?.size).toBe(POINT_SIZE);
  });

  it('centres a single week in a fortnight, and leaves a longer range alone', () => {
    const at = 1_700_000_000;
    const single = options(undefined, [at]).scales?.x?.range;
    const several = options().scales?.x?.range;
    if (typeof single !== 'function' || typeof several !== 'function') throw new Error('No x range');
    // uPlot first widens a single time value by 86,400 ÷ its `ms` option (0.001): 86,400,000 seconds.
    expect(single(PLOT, at, at + 86_400_000, 'x')).toEqual([at - WEEK, at + WEEK]);
    expect(single(PLOT, at, at, 'x')).toEqual([at - WEEK, at + WEEK]);
    expect(several(PLOT, SIX_WEEKS[0] ?? 0, SIX_WEEKS[5] ?? 0, 'x')).toEqual([SIX_WEEKS[0], SIX_WEEKS[5]]);
  });

  it('marks every point when there is room, and otherwise only those a line cannot show', () => {
    // Room for every point: uPlot draws them all (the filter returns null).
    expect(markedPoints(1, true)).toBeNull();
    // Too dense: only the isolated value (index 2 has a neighbour at 3; index 0 and 5 are alone).
    expect(markedPoints(1, false)).toEqual([0, 5]);
    // A continuous line has nothing to mark when dense.
    expect(markedPoints(2, false)).toBeNull();
  });

  it('reads the axis and grid colours from the palette on every draw, so a theme change shows', () => {
    const palette = { axis: '#4a5565', grid: '#c9d0da', lines: ['#b3261e', '#1e6b3a'] };
    const axis = options(palette).axes?.[0];
    const stroke = axis?.stroke;
    const grid = axis?.grid?.stroke;
    if (typeof stroke !== 'function' || typeof grid !== 'function') throw new Error('No axis strokes');
    expect([stroke(PLOT, 0), grid(PLOT, 0)]).toEqual(['#4a5565', '#c9d0da']);
    Object.assign(palette, { axis: '#b4bfcd', grid: '#3a4554' });
    expect([stroke(PLOT, 0), grid(PLOT, 0)]).toEqual(['#b4bfcd', '#3a4554']);
  });

  it('reads each line’s colour from the palette on every draw, so lines follow a theme change too', () => {
    const palette = { axis: '#4a5565', grid: '#c9d0da', lines: ['#b3261e', '#1e6b3a'] };
    const lines = options(palette).series.slice(1);
    const strokes = lines.map((line) => line.stroke);
    const draw = () =>
      strokes.map((stroke, index) => (typeof stroke === 'function' ? stroke(PLOT, index + 1) : stroke));
    expect(draw()).toEqual(['#b3261e', '#1e6b3a']);
    Object.assign(palette, { lines: ['#ff9e94', '#8fd6a6'] });
    expect(draw()).toEqual(['#ff9e94', '#8fd6a6']);
  });
});

describe('lineChartData', () => {
  it('puts the weeks first, then each series in order, without copying them', () => {
    const x = [0, WEEK, 2 * WEEK, 3 * WEEK, 4 * WEEK, 5 * WEEK];
    const data = lineChartData(x, [STRAIN, CLIMATE]);
    expect(data).toHaveLength(3);
    expect(data[0]).toBe(x);
    expect(data[1]).toBe(STRAIN.values);
    expect(data[2]).toBe(CLIMATE.values);
  });
});
