/**
 * The preload script: exposes the Shiftwell bridge on `window.shiftwell` and nothing else.
 *
 * The only file that imports `ipcRenderer`. Each bridge method is a named function that invokes its own channel
 * from `bridgeChannels`; the page never sees `ipcRenderer`, channel names or a generic send. Runs sandboxed, so it
 * is bundled into one CommonJS file.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { BridgeMethod, BridgeRequest, BridgeResponse, ShiftwellBridge } from '../../shared/bridge';
import { BRIDGE_GLOBAL, bridgeChannels } from '../../shared/bridge';

function invoke<M extends BridgeMethod>(method: M, request: BridgeRequest<M>): Promise<BridgeResponse<M>> {
  return ipcRenderer.invoke(bridgeChannels[method].channel, request) as Promise<BridgeResponse<M>>;
}

/** The bridge as the renderer sees it. */
export const bridge = {
  getAppInfo: (request) => invoke('getAppInfo', request),
  saveFile: (request) => invoke('saveFile', request),
  openFile: (request) => invoke('openFile', request),
  printToPdf: (request) => invoke('printToPdf', request),
  writeRollingBackup: (request) => invoke('writeRollingBackup', request),
} satisfies ShiftwellBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
