/**
 * The Platform: everything the renderer needs from its host, behind one interface.
 *
 * In Electron it is the preload bridge; in a plain browser it is built from web APIs. It is chosen once at
 * start (`platform/index.ts`) and handed down through React context; components never check which one runs.
 */
import type { ShiftwellBridge } from '../../../shared/bridge';

/** What the host offers. Optional members are capabilities some hosts lack. */
export interface Platform {
  readonly shell: 'electron' | 'web';
  readonly getAppInfo: ShiftwellBridge['getAppInfo'];
  readonly saveFile: ShiftwellBridge['saveFile'];
  readonly openFile: ShiftwellBridge['openFile'];
  /** Render the current screen to a PDF file (Electron). */
  readonly printToPdf?: ShiftwellBridge['printToPdf'];
  /** Keep a daily encrypted backup in the app's own data folder, the newest seven kept (Electron). */
  readonly writeRollingBackup?: ShiftwellBridge['writeRollingBackup'];
  /** Open the system print dialog for the current screen (browser build). */
  readonly printPage?: () => void;
}
