/**
 * Which IPC senders the main process listens to: the top frame of a page on `app://shiftwell`, nothing else.
 *
 * After GitHub Desktop's `trusted-ipc-sender.ts`: even with navigation locked down, a handler must not act for a
 * frame it does not recognise (an injected iframe, a page that got navigated away, a destroyed frame).
 */
import { isAppUrl } from './app-url';

/** The part of a WebFrameMain the trust check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** Whether an IPC message's sender frame is trusted: present, a top-level frame, and on the app's origin. */
export function isTrustedIpcSender(senderFrame: SenderFrame | null | undefined): boolean {
  if (senderFrame === null || senderFrame === undefined) {
    return false;
  }
  try {
    return senderFrame.parent === null && isAppUrl(senderFrame.url);
  } catch {
    // A destroyed frame throws on property access.
    return false;
  }
}
