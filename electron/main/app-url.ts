/**
 * The app's own URLs: the origin check every security rule shares.
 *
 * WHATWG `URL.origin` is `"null"` for custom schemes in Node, so the origin is built from the protocol and host
 * instead; Chromium serialises our registered standard scheme the same way (`app://shiftwell`).
 */
import { APP_ORIGIN } from '../../shared/bridge';

/** The URL the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The `scheme://host[:port]` origin of a URL, or null when it is unparseable or has no host (file:, about:, data:). */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '') {
    return null;
  }
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`;
}

/** Whether a URL belongs to the app's own origin (`app://shiftwell`). */
export function isAppUrl(url: string): boolean {
  return originOf(url) === APP_ORIGIN;
}
