/**
 * Which links may leave the app for the system browser: https URLs on an explicit allowlist, nothing else.
 */
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';

/**
 * Origins the app may hand to the system browser.
 *
 * Empty on purpose: Shiftwell works offline and links nowhere yet. Add exact https origins here when it does.
 */
export const EXTERNAL_ORIGIN_ALLOWLIST: readonly string[] = [];

/** Whether a URL may be opened in the system browser: https, no credentials, an exactly allowlisted origin. */
export function isAllowedExternalUrl(
  url: string,
  allowlist: readonly string[] = EXTERNAL_ORIGIN_ALLOWLIST,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    allowlist.includes(parsed.origin)
  );
}

/** Opens a URL in the system browser (`shell.openExternal`). */
export type OpenExternal = (url: string) => Promise<void>;

/** Hand an allowlisted URL to the system browser; anything else is ignored. Returns whether it was opened. */
export function openIfAllowed(
  url: string,
  openExternal: OpenExternal,
  allowlist: readonly string[] = EXTERNAL_ORIGIN_ALLOWLIST,
): boolean {
  if (!isAllowedExternalUrl(url, allowlist)) {
    return false;
  }
  openExternal(url).catch((error: unknown) => {
    console.error('Could not open an external link', error);
  });
  return true;
}

/**
 * Create the `setWindowOpenHandler` handler: the app never opens a second window; allowlisted https links go to
 * the system browser instead.
 */
export function createWindowOpenHandler(
  openExternal: OpenExternal,
  allowlist: readonly string[] = EXTERNAL_ORIGIN_ALLOWLIST,
): (details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse {
  return ({ url }) => {
    openIfAllowed(url, openExternal, allowlist);
    return { action: 'deny' };
  };
}
