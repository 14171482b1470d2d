import { describe, expect, it } from 'vitest';
import { buildWindowOptions, WINDOW_BACKGROUND } from './window-options';

const input = {
  preloadPath: '/app/dist/electron/preload.cjs',
  bounds: { x: 10, y: 20, width: 1200, height: 800 },
};

describe('buildWindowOptions', () => {
  it('isolates, sandboxes and strips Node from the renderer', () => {
    const { webPreferences } = buildWindowOptions(input);
    expect(webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('never overrides web security or allows insecure content', () => {
    const { webPreferences } = buildWindowOptions(input);
    expect(webPreferences).not.toHaveProperty('webSecurity');
    expect(webPreferences).not.toHaveProperty('allowRunningInsecureContent');
    expect(webPreferences).not.toHaveProperty('experimentalFeatures');
  });

  it('stays hidden until first paint, at the restored bounds and never below the minimum size', () => {
    const options = buildWindowOptions(input);
    expect(options).toMatchObject({
      show: false,
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      minWidth: 960,
      minHeight: 640,
      title: 'Shiftwell',
    });
  });

  it('paints the background in the theme colour so there is no white flash', () => {
    expect(buildWindowOptions(input).backgroundColor).toBe(WINDOW_BACKGROUND.light);
    expect(buildWindowOptions({ ...input, isDarkMode: true }).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });

  it('omits the position when only a size is known, so Electron centres the window', () => {
    const options = buildWindowOptions({ ...input, bounds: { width: 1280, height: 800 } });
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });
});
