/**
 * Web permissions: everything is denied except persistent storage for the app's own origin.
 */
import { APP_ORIGIN } from '../../shared/bridge';
import { originOf } from './app-url';

/** Permissions granted to the app's own origin; every other permission and origin is denied. */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage']);

/** A permission asked for, and the origin (or URL) asking. */
export interface PermissionQuery {
  readonly permission: string;
  /** The requesting origin or URL; anything that does not resolve to `app://shiftwell` is denied. */
  readonly origin: string;
}

/** Decide a permission request or check: true only for granted permissions asked by `app://shiftwell`. */
export function decidePermission({ permission, origin }: PermissionQuery): boolean {
  return GRANTED_PERMISSIONS.has(permission) && originOf(origin) === APP_ORIGIN;
}
