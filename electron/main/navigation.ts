/**
 * Navigation rules: the app's windows only ever show `app://shiftwell` pages.
 */
import { isAppUrl } from './app-url';

/** Whether a window may navigate or redirect to a URL: only within the app's own origin. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}
