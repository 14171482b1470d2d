/** Choosing the Platform once at start, and handing it to components. */
import { createContext, useContext } from 'react';
import type { ShiftwellBridge } from '../../../shared/bridge';
import { BRIDGE_GLOBAL } from '../../../shared/bridge-constants';
import { createElectronPlatform } from './electron';
import type { Platform } from './platform';
import { createWebPlatform } from './web';

export type { Platform } from './platform';

/** Pick the Platform for this host: the preload bridge when present, browser APIs otherwise. */
export function detectPlatform(host: Window = window): Platform {
  const bridge = (host as unknown as Partial<Record<typeof BRIDGE_GLOBAL, ShiftwellBridge>>)[BRIDGE_GLOBAL];
  return bridge ? createElectronPlatform(bridge) : createWebPlatform(__APP_VERSION__);
}

/** React context carrying the Platform chosen at start. */
export const PlatformContext = createContext<Platform | null>(null);

/** The Platform chosen at start. */
export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform needs a PlatformContext provider');
  return platform;
}
