/**
 * Wiring for the security rules: navigation, new windows, webviews and permissions.
 *
 * The decisions live in small pure modules (navigation.ts, external-links.ts, permissions.ts); this file only
 * attaches them to Electron's events and handlers.
 */
import type {
  Event,
  HandlerDetails,
  PermissionCheckHandlerHandlerDetails,
  PermissionRequest,
  WindowOpenHandlerResponse,
} from 'electron';
import type { OpenExternal } from './external-links';
import { createWindowOpenHandler, EXTERNAL_ORIGIN_ALLOWLIST, openIfAllowed } from './external-links';
import { isAllowedNavigation } from './navigation';
import { decidePermission } from './permissions';

/** A navigation about to happen, which a listener may cancel. */
export interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** The part of a WebContents the hardening touches. */
export interface HardenableContents {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: NavigationEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: Pick<Event, 'preventDefault'>) => void): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
}

/** The session calls the permission policy uses. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: string,
      callback: (isGranted: boolean) => void,
      details: PermissionRequest,
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (
      contents: unknown,
      permission: string,
      requestingOrigin: string,
      details: PermissionCheckHandlerHandlerDetails,
    ) => boolean,
  ): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

/** The app event that announces every new WebContents (windows, webviews, devtools). */
export interface WebContentsSource {
  on(event: 'web-contents-created', listener: (event: Event, contents: HardenableContents) => void): unknown;
}

/** Everything the security policies are applied to. */
export interface SecurityTargets {
  readonly app: WebContentsSource;
  readonly session: PermissionSession;
  readonly openExternal: OpenExternal;
  readonly externalAllowlist?: readonly string[];
}

/**
 * Lock down one WebContents: navigation stays inside `app://shiftwell` (allowlisted https links open in the
 * system browser instead), frames cannot navigate out either, redirects out are cancelled, window.open is denied and webviews never attach.
 */
export function hardenWebContents(
  contents: HardenableContents,
  openExternal: OpenExternal,
  externalAllowlist: readonly string[] = EXTERNAL_ORIGIN_ALLOWLIST,
): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
      openIfAllowed(event.url, openExternal, externalAllowlist);
    }
  });
  // `will-navigate` covers the main frame only; a sub-frame (an iframe) navigating is reported here.
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
    }
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
    }
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(createWindowOpenHandler(openExternal, externalAllowlist));
}

/** Deny every permission except those `decidePermission` grants, for requests, checks and devices alike. */
export function applyPermissionPolicy(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(decidePermission({ permission, origin: details.requestingUrl }));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    decidePermission({ permission, origin: requestingOrigin }),
  );
  session.setDevicePermissionHandler(() => false);
}

/** Apply every security policy: permissions on the session, and hardening on each WebContents as it is created. */
export function applySecurityPolicies({
  app,
  session,
  openExternal,
  externalAllowlist,
}: SecurityTargets): void {
  applyPermissionPolicy(session);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, openExternal, externalAllowlist);
  });
}
