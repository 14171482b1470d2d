/**
 * The renderer's Content-Security-Policy, in one place.
 *
 * Electron sends it as a response header from the `app://` handler; the browser build carries the same
 * policy in a `<meta>` tag (added at build time by vite.config.ts), so the end-to-end tests run under it too.
 *
 * `style-src-elem 'unsafe-inline'` is the one relaxation: Radix dialogs (through react-remove-scroll) add a
 * small `<style>` element to stop the page behind a dialog scrolling. Styles cannot run script, and with
 * `img-src`, `font-src` and `connect-src` limited to our own origin a stylesheet has nowhere to send data.
 */

/** Every directive and its sources, in header order. */
export const CONTENT_SECURITY_POLICY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'style-src-elem': ["'self'", "'unsafe-inline'"],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Directives a `<meta>` policy cannot carry (browsers ignore them there). */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors']);

/** The policy as a header value. */
export function buildContentSecurityPolicy(
  directives: Readonly<Record<string, readonly string[]>> = CONTENT_SECURITY_POLICY_DIRECTIVES,
): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy for a `<meta http-equiv="Content-Security-Policy">` tag. */
export function buildMetaContentSecurityPolicy(): string {
  return buildContentSecurityPolicy(
    Object.fromEntries(
      Object.entries(CONTENT_SECURITY_POLICY_DIRECTIVES).filter(
        ([name]) => !HEADER_ONLY_DIRECTIVES.has(name),
      ),
    ),
  );
}
