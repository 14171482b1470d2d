import { describe, expect, it } from 'vitest';
import { isAppUrl, originOf } from './app-url';

describe('originOf', () => {
  it('builds the origin of a custom-scheme URL, which WHATWG URL reports as "null"', () => {
    expect(new URL('app://shiftwell/index.html').origin).toBe('null');
    expect(originOf('app://shiftwell/index.html')).toBe('app://shiftwell');
    expect(originOf('app://SHIFTWELL/x')).toBe('app://shiftwell');
  });

  it('keeps the port, so a different port is a different origin', () => {
    expect(originOf('app://shiftwell:99/x')).toBe('app://shiftwell:99');
    expect(originOf('https://example.org:8443/a')).toBe('https://example.org:8443');
  });

  it.each(['not a url', 'file:///etc/passwd', 'about:blank', 'data:text/html,hi', ''])(
    'has no origin for %s',
    (url) => {
      expect(originOf(url)).toBeNull();
    },
  );
});

describe('isAppUrl', () => {
  it.each([
    'app://shiftwell',
    'app://shiftwell/',
    'app://shiftwell/index.html#/team',
    'app://shiftwell/a?b=c',
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://shiftwell.evil.com/',
    'app://evil/shiftwell',
    'app://shiftwell:1/',
    'https://shiftwell/',
    'http://app//shiftwell',
    'file:///app/shiftwell/index.html',
    'appx://shiftwell/',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
