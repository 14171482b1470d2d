import { describe, expect, it } from 'vitest';
import { isAllowedNavigation } from './navigation';

describe('isAllowedNavigation', () => {
  it('allows navigation within app://shiftwell', () => {
    expect(isAllowedNavigation('app://shiftwell/index.html')).toBe(true);
    expect(isAllowedNavigation('app://shiftwell/team/today')).toBe(true);
  });

  it.each([
    'https://example.org/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://other/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
  ])('denies navigation to %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});
