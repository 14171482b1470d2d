/** The Electron Platform: a thin wrapper over the preload bridge on `window.shiftwell`. */
import type { ShiftwellBridge } from '../../../shared/bridge';
import type { Platform } from './platform';

/** Build the Platform from the bridge the preload script exposed. */
export function createElectronPlatform(bridge: ShiftwellBridge): Platform {
  return {
    shell: 'electron',
    getAppInfo: (request) => bridge.getAppInfo(request),
    saveFile: (request) => bridge.saveFile(request),
    openFile: (request) => bridge.openFile(request),
    printToPdf: (request) => bridge.printToPdf(request),
    writeRollingBackup: (request) => bridge.writeRollingBackup(request),
  };
}
