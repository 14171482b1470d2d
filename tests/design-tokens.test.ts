/**
 * The design tokens (renderer/src/ui/tokens.css) meet WCAG contrast in both themes: text 4.5:1 and chart
 * lines 3:1 against every surface they are drawn on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRESSOR_COLOURS } from '../renderer/src/features/check-ins/stressor-style';

const css = readFileSync(join(import.meta.dirname, '..', 'renderer', 'src', 'ui', 'tokens.css'), 'utf8');

/** The design tokens of one theme block of tokens.css (light `:root`, or the dark-scheme `:root`). */
function themeTokens(theme: 'light' | 'dark'): Record<string, string> {
  const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
  const block = theme === 'light' ? css.slice(0, darkAt) : css.slice(darkAt);
  const tokens: Record<string, string> = {};
  for (const [, name = '', value = ''] of block.matchAll(/(--color-[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)) {
    tokens[name] = value;
  }
  return tokens;
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const STRESSOR_TOKENS = Object.values(STRESSOR_COLOURS);

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  const tokens = themeTokens(theme);
  const surfaces = ['--color-bg', '--color-surface', '--color-surface-muted'];

  it('gives every stressor a chart line colour that stands out from every surface (3:1 or more)', () => {
    for (const token of STRESSOR_TOKENS) {
      for (const surface of surfaces) {
        const [line, background] = [tokens[token], tokens[surface]];
        if (!line || !background) throw new Error(`${token} or ${surface} is missing`);
        expect(contrast(line, background), `${token} on ${surface}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('keeps body and muted text readable on every surface (4.5:1 or more)', () => {
    for (const text of ['--color-text', '--color-text-muted']) {
      for (const surface of surfaces) {
        const [foreground, background] = [tokens[text], tokens[surface]];
        if (!foreground || !background) throw new Error(`${text} or ${surface} is missing`);
        expect(contrast(foreground, background), `${text} on ${surface}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
