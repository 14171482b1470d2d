import { describe, expect, it, vi } from 'vitest';
import {
  createWindowOpenHandler,
  EXTERNAL_ORIGIN_ALLOWLIST,
  isAllowedExternalUrl,
  openIfAllowed,
} from './external-links';

const allowlist = ['https://help.example.org'];

describe('isAllowedExternalUrl', () => {
  it('allows https URLs on an allowlisted origin', () => {
    expect(isAllowedExternalUrl('https://help.example.org/guide?page=2', allowlist)).toBe(true);
  });

  it.each([
    'http://help.example.org/guide',
    'https://help.example.org.evil.com/',
    'https://evil.com/?https://help.example.org',
    'https://user:pass@help.example.org/',
    'https://help.example.org:8443/',
    'file:///etc/passwd',
    'smb://help.example.org/share',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url, allowlist)).toBe(false);
  });

  it('refuses plain http even when its origin is on the allowlist', () => {
    expect(isAllowedExternalUrl('http://intranet.example.org/', ['http://intranet.example.org'])).toBe(false);
  });

  it('refuses everything with the shipped allowlist, which is empty while the app links nowhere', () => {
    expect(EXTERNAL_ORIGIN_ALLOWLIST).toEqual([]);
    expect(isAllowedExternalUrl('https://help.example.org/')).toBe(false);
  });
});

describe('openIfAllowed', () => {
  it('opens allowlisted URLs and ignores the rest', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    expect(openIfAllowed('https://help.example.org/a', openExternal, allowlist)).toBe(true);
    expect(openIfAllowed('https://evil.com/', openExternal, allowlist)).toBe(false);
    expect(openExternal.mock.calls).toEqual([['https://help.example.org/a']]);
  });

  it('logs rather than crashes when the system browser cannot be opened', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const openExternal = vi.fn(() => Promise.reject(new Error('no browser')));
    openIfAllowed('https://help.example.org/a', openExternal, allowlist);
    await vi.waitFor(() => {
      expect(error).toHaveBeenCalled();
    });
    error.mockRestore();
  });
});

describe('createWindowOpenHandler', () => {
  it('denies every new window, including ones for the app itself', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const handler = createWindowOpenHandler(openExternal, allowlist);
    for (const url of [
      'app://shiftwell/index.html',
      'https://evil.com/',
      'https://help.example.org/a',
      'about:blank',
    ]) {
      expect(handler({ url })).toEqual({ action: 'deny' });
    }
  });

  it('sends allowlisted https links to the system browser instead', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const handler = createWindowOpenHandler(openExternal, allowlist);
    handler({ url: 'https://evil.com/' });
    handler({ url: 'https://help.example.org/a' });
    expect(openExternal.mock.calls).toEqual([['https://help.example.org/a']]);
  });
});
