import { describe, expect, it } from 'vitest';
import { isTrustedIpcSender } from './trusted-ipc-sender';

describe('isTrustedIpcSender', () => {
  it('trusts the top frame of an app://shiftwell page', () => {
    expect(isTrustedIpcSender({ url: 'app://shiftwell/index.html', parent: null })).toBe(true);
  });

  it('refuses a missing frame (navigated away or destroyed)', () => {
    expect(isTrustedIpcSender(null)).toBe(false);
    expect(isTrustedIpcSender(undefined)).toBe(false);
  });

  it.each(['https://evil.com/', 'file:///tmp/x.html', 'app://evil/index.html', 'about:blank', ''])(
    'refuses a frame on %s',
    (url) => {
      expect(isTrustedIpcSender({ url, parent: null })).toBe(false);
    },
  );

  it('refuses a subframe, even on our origin', () => {
    const top = { url: 'app://shiftwell/index.html', parent: null };
    expect(isTrustedIpcSender({ url: 'app://shiftwell/index.html', parent: top })).toBe(false);
  });

  it('refuses a frame that throws when read', () => {
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
      parent: null,
    };
    expect(isTrustedIpcSender(destroyed)).toBe(false);
  });
});
