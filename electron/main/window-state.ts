/**
 * Remembering where the main window was: bounds and maximised state in a small JSON file in userData.
 *
 * Parsing and clamping are pure; reading and writing go through an injected file system.
 */
import { z } from 'zod';
import type { AtomicWriteFs } from './atomic-write';
import { writeFileAtomically } from './atomic-write';
import type { WindowBounds } from './window-options';
import { WINDOW_MIN_SIZE } from './window-options';

/** The file name of the saved window state inside userData. */
export const WINDOW_STATE_FILE_NAME = 'window-state.json';

/** A screen area windows may occupy (a display's work area, without task bars and docks). */
export interface WorkArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where the window was and whether it was maximised. */
export interface WindowState {
  readonly bounds: WindowBounds;
  readonly isMaximized: boolean;
}

/** The state used on first start or when the saved file is missing or unreadable. */
export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { width: 1280, height: 800 }, isMaximized: false };

/** How far (px each way) the window must overlap a display for its saved position to be kept. */
const MIN_VISIBLE_PX = 100;
const MAX_SIDE_PX = 100_000;

const coordinateSchema = z.number().int().min(-MAX_SIDE_PX).max(MAX_SIDE_PX);
const sideSchema = z.number().int().min(1).max(MAX_SIDE_PX);

const windowStateSchema = z.object({
  bounds: z.object({
    x: coordinateSchema.optional(),
    y: coordinateSchema.optional(),
    width: sideSchema,
    height: sideSchema,
  }),
  isMaximized: z.boolean(),
});

/** Parse the saved file's text; anything malformed or out of range gives the default state. */
export function parseWindowState(text: string): WindowState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  const parsed = windowStateSchema.safeParse(json);
  return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
}

function overlap(bounds: Required<WindowBounds>, area: WorkArea): { width: number; height: number } {
  return {
    width: Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x),
    height: Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y),
  };
}

function clampSize(bounds: WindowBounds, area: WorkArea): { width: number; height: number } {
  return {
    width: Math.max(Math.min(bounds.width, area.width), Math.min(WINDOW_MIN_SIZE.width, area.width)),
    height: Math.max(Math.min(bounds.height, area.height), Math.min(WINDOW_MIN_SIZE.height, area.height)),
  };
}

function clampAxis(start: number, size: number, areaStart: number, areaSize: number): number {
  return Math.min(Math.max(start, areaStart), areaStart + areaSize - size);
}

/**
 * Fit saved state onto the displays that exist now.
 *
 * The window is moved fully onto the display it overlaps most and shrunk to fit it. If it overlaps no display
 * enough to grab (a monitor was unplugged), the position is dropped so Electron centres the window, sized to
 * fit the first work area (pass the primary display first). With no displays the state is returned unchanged.
 */
export function clampWindowState(state: WindowState, workAreas: readonly WorkArea[]): WindowState {
  const primary = workAreas[0];
  if (primary === undefined) {
    return state;
  }
  const { x, y } = state.bounds;
  if (x === undefined || y === undefined) {
    return { ...state, bounds: clampSize(state.bounds, primary) };
  }
  const positioned = { x, y, width: state.bounds.width, height: state.bounds.height };
  let best: { area: WorkArea; visiblePx: number } | null = null;
  for (const area of workAreas) {
    const visible = overlap(positioned, area);
    if (visible.width >= MIN_VISIBLE_PX && visible.height >= MIN_VISIBLE_PX) {
      const visiblePx = visible.width * visible.height;
      if (best === null || visiblePx > best.visiblePx) {
        best = { area, visiblePx };
      }
    }
  }
  if (best === null) {
    return { ...state, bounds: clampSize(state.bounds, primary) };
  }
  const size = clampSize(state.bounds, best.area);
  return {
    ...state,
    bounds: {
      x: clampAxis(x, size.width, best.area.x, best.area.width),
      y: clampAxis(y, size.height, best.area.y, best.area.height),
      ...size,
    },
  };
}

/** The file calls loading and saving window state need (a subset of `node:fs/promises`). */
export interface WindowStateFs extends AtomicWriteFs {
  readFile(filePath: string, encoding: 'utf8'): Promise<string>;
}

/** Read the saved state and fit it to the current displays; a missing or unreadable file gives the default. */
export async function loadWindowState(
  fs: WindowStateFs,
  filePath: string,
  workAreas: readonly WorkArea[],
): Promise<WindowState> {
  let text: string;
  try {
    text = await fs.readFile(filePath, 'utf8');
  } catch {
    return clampWindowState(DEFAULT_WINDOW_STATE, workAreas);
  }
  return clampWindowState(parseWindowState(text), workAreas);
}

/** Save the window state atomically, so a crash mid-write cannot leave a corrupt file. */
export async function saveWindowState(
  fs: WindowStateFs,
  filePath: string,
  state: WindowState,
): Promise<void> {
  await writeFileAtomically(fs, filePath, `${JSON.stringify(state)}\n`);
}

/** The part of a BrowserWindow whose state is remembered. */
export interface StatefulWindow {
  getNormalBounds(): { x: number; y: number; width: number; height: number };
  isMaximized(): boolean;
}

/** Capture the window's restorable state: its un-maximised bounds and whether it is maximised. */
export function captureWindowState(window: StatefulWindow): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return { bounds: { x, y, width, height }, isMaximized: window.isMaximized() };
}
