import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WindowState, WorkArea } from './window-state';
import {
  captureWindowState,
  clampWindowState,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  parseWindowState,
  saveWindowState,
} from './window-state';

const laptop: WorkArea = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: WorkArea = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads a well-formed saved state', () => {
    const state = { bounds: { x: 40, y: 30, width: 1300, height: 900 }, isMaximized: true };
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });

  it.each([
    ['not JSON', '{"bounds": '],
    ['an empty file', ''],
    ['the wrong shape', JSON.stringify({ width: 100 })],
    ['a negative width', JSON.stringify({ bounds: { width: -5, height: 700 }, isMaximized: false })],
    ['fractional sizes', JSON.stringify({ bounds: { width: 1000.5, height: 700 }, isMaximized: false })],
    [
      'absurd coordinates',
      JSON.stringify({ bounds: { x: 1e9, y: 0, width: 1000, height: 700 }, isMaximized: false }),
    ],
    ['a string flag', JSON.stringify({ bounds: { width: 1000, height: 700 }, isMaximized: 'yes' })],
  ])('falls back to the default for %s', (_label, text) => {
    expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('clampWindowState', () => {
  it('keeps a window that is fully on a display where it was', () => {
    const state: WindowState = { bounds: { x: 100, y: 50, width: 1200, height: 800 }, isMaximized: false };
    expect(clampWindowState(state, [laptop, rightMonitor])).toEqual(state);
  });

  it('moves a window that hangs off the edge back fully onto the display it mostly covers', () => {
    const state: WindowState = { bounds: { x: 3800, y: 900, width: 1200, height: 800 }, isMaximized: false };
    expect(clampWindowState(state, [laptop, rightMonitor]).bounds).toEqual({
      x: 1920 + 2560 - 1200,
      y: 1400 - 800,
      width: 1200,
      height: 800,
    });
  });

  it('drops the position of a window left on an unplugged monitor and fits it to the primary display', () => {
    const state: WindowState = { bounds: { x: 2500, y: 100, width: 2400, height: 1300 }, isMaximized: true };
    const clamped = clampWindowState(state, [laptop]);
    expect(clamped.bounds).toEqual({ width: 1920, height: 1040 });
    expect(clamped.isMaximized).toBe(true);
  });

  it('shrinks a window larger than its display but not below the minimum size', () => {
    const small: WorkArea = { x: 0, y: 0, width: 1366, height: 728 };
    const state: WindowState = { bounds: { x: 0, y: 0, width: 3000, height: 2000 }, isMaximized: false };
    expect(clampWindowState(state, [small]).bounds).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
    const tiny: WindowState = { bounds: { width: 300, height: 200 }, isMaximized: false };
    expect(clampWindowState(tiny, [small]).bounds).toEqual({ width: 960, height: 640 });
  });

  it('returns the state unchanged when no displays are known', () => {
    const state: WindowState = { bounds: { x: -5000, y: 0, width: 1200, height: 800 }, isMaximized: false };
    expect(clampWindowState(state, [])).toBe(state);
  });
});

describe('loading and saving window state', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'shiftwell-window-state-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('round-trips a saved state through the file', async () => {
    const filePath = path.join(dir, 'window-state.json');
    const state: WindowState = { bounds: { x: 200, y: 100, width: 1100, height: 700 }, isMaximized: true };
    await saveWindowState(fs, filePath, state);
    expect(await loadWindowState(fs, filePath, [laptop])).toEqual(state);
    expect(await fs.readdir(dir)).toEqual(['window-state.json']);
  });

  it('uses the default state when the file is missing', async () => {
    expect(await loadWindowState(fs, path.join(dir, 'missing.json'), [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('uses the default state when the file is corrupt', async () => {
    const filePath = path.join(dir, 'window-state.json');
    await fs.writeFile(filePath, '\u0000\u0001garbage');
    expect(await loadWindowState(fs, filePath, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('captureWindowState', () => {
  it('records the un-maximised bounds and the maximised flag', () => {
    const window = {
      getNormalBounds: () => ({ x: 1, y: 2, width: 1000, height: 700 }),
      isMaximized: () => true,
    };
    expect(captureWindowState(window)).toEqual({
      bounds: { x: 1, y: 2, width: 1000, height: 700 },
      isMaximized: true,
    });
  });
});
