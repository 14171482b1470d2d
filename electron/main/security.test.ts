import { describe, expect, it, vi } from 'vitest';
import type { HardenableContents, NavigationEvent, PermissionSession, WebContentsSource } from './security';
import { applyPermissionPolicy, applySecurityPolicies, hardenWebContents } from './security';

type Listener = (event: NavigationEvent) => void;

/** A WebContents stand-in that records its listeners and window-open handler. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: Parameters<HardenableContents['setWindowOpenHandler']>[0] | undefined;
  const contents: HardenableContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      windowOpenHandler = handler;
    },
  };
  function emit(event: string, url = ''): boolean {
    const listener = listeners.get(event);
    if (listener === undefined) {
      throw new Error(`No listener for ${event}`);
    }
    let isPrevented = false;
    listener({
      url,
      preventDefault: () => {
        isPrevented = true;
      },
    });
    return isPrevented;
  }
  function openWindow(url: string) {
    if (windowOpenHandler === undefined) {
      throw new Error('No window-open handler');
    }
    return windowOpenHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: '', policy: 'no-referrer' },
    });
  }
  return { contents, emit, openWindow };
}

const allowlist = ['https://help.example.org'];

describe('hardenWebContents', () => {
  it('lets navigation stay inside the app and cancels everything else', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(
      contents,
      vi.fn(() => Promise.resolve()),
      allowlist,
    );
    expect(emit('will-navigate', 'app://shiftwell/index.html')).toBe(false);
    expect(emit('will-navigate', 'https://evil.com/')).toBe(true);
    expect(emit('will-navigate', 'file:///etc/passwd')).toBe(true);
  });

  it('opens an allowlisted https link in the system browser instead of navigating to it', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, openExternal, allowlist);
    expect(emit('will-navigate', 'https://help.example.org/guide')).toBe(true);
    expect(emit('will-navigate', 'https://evil.com/')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://help.example.org/guide']]);
  });

  it('keeps every frame, not just the main one, inside the app, without opening anything', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, openExternal, allowlist);
    expect(emit('will-frame-navigate', 'app://shiftwell/index.html')).toBe(false);
    expect(emit('will-frame-navigate', 'https://help.example.org/guide')).toBe(true);
    expect(emit('will-frame-navigate', 'https://evil.com/')).toBe(true);
    expect(emit('will-frame-navigate', 'file:///etc/passwd')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('cancels redirects that leave the app, without opening them', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, openExternal, allowlist);
    expect(emit('will-redirect', 'app://shiftwell/index.html')).toBe(false);
    expect(emit('will-redirect', 'https://help.example.org/guide')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('never lets a webview attach', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(
      contents,
      vi.fn(() => Promise.resolve()),
      allowlist,
    );
    expect(emit('will-attach-webview')).toBe(true);
  });

  it('denies window.open for every URL', () => {
    const { contents, openWindow } = fakeContents();
    hardenWebContents(
      contents,
      vi.fn(() => Promise.resolve()),
      allowlist,
    );
    expect(openWindow('app://shiftwell/index.html')).toEqual({ action: 'deny' });
    expect(openWindow('https://help.example.org/')).toEqual({ action: 'deny' });
  });
});

describe('applyPermissionPolicy', () => {
  function fakeSession() {
    const handlers: {
      request?: Parameters<PermissionSession['setPermissionRequestHandler']>[0];
      check?: Parameters<PermissionSession['setPermissionCheckHandler']>[0];
      device?: Parameters<PermissionSession['setDevicePermissionHandler']>[0];
    } = {};
    const session: PermissionSession = {
      setPermissionRequestHandler: (handler) => (handlers.request = handler),
      setPermissionCheckHandler: (handler) => (handlers.check = handler),
      setDevicePermissionHandler: (handler) => (handlers.device = handler),
    };
    return { session, handlers };
  }
  const contents = null;

  it('answers permission requests with decidePermission, from the requesting URL', () => {
    const { session, handlers } = fakeSession();
    applyPermissionPolicy(session);
    const decide = (permission: string, requestingUrl: string): boolean => {
      const callback = vi.fn();
      handlers.request?.(contents, permission, callback, { requestingUrl, isMainFrame: true });
      expect(callback).toHaveBeenCalledTimes(1);
      return callback.mock.calls[0]?.[0] as boolean;
    };
    expect(decide('persistent-storage', 'app://shiftwell/index.html')).toBe(true);
    expect(decide('persistent-storage', 'https://evil.com/')).toBe(false);
    expect(decide('media', 'app://shiftwell/index.html')).toBe(false);
    expect(decide('notifications', 'app://shiftwell/index.html')).toBe(false);
  });

  it('answers permission checks the same way, from the requesting origin', () => {
    const { session, handlers } = fakeSession();
    applyPermissionPolicy(session);
    const check = (permission: string, origin: string) =>
      handlers.check?.(contents, permission, origin, { isMainFrame: true });
    expect(check('persistent-storage', 'app://shiftwell')).toBe(true);
    expect(check('persistent-storage', 'https://evil.com')).toBe(false);
    expect(check('geolocation', 'app://shiftwell')).toBe(false);
  });

  it('denies every device permission', () => {
    const { session, handlers } = fakeSession();
    applyPermissionPolicy(session);
    expect(handlers.device?.()).toBe(false);
  });
});

describe('applySecurityPolicies', () => {
  it('sets the permission policy and hardens every WebContents as it is created', () => {
    let onCreated: ((event: Electron.Event, contents: HardenableContents) => void) | undefined;
    const app: WebContentsSource = {
      on: (_event, listener) => {
        onCreated = listener;
        return app;
      },
    };
    const session: PermissionSession = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    applySecurityPolicies({ app, session, openExternal: vi.fn(() => Promise.resolve()) });
    expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledTimes(1);

    const { contents, emit, openWindow } = fakeContents();
    onCreated?.({ preventDefault: vi.fn() } as unknown as Electron.Event, contents);
    expect(emit('will-navigate', 'https://evil.com/')).toBe(true);
    expect(emit('will-attach-webview')).toBe(true);
    expect(openWindow('https://evil.com/')).toEqual({ action: 'deny' });
  });
});
