/**
 * The typed IPC wrapper for the main process: the only file that imports `ipcMain`.
 *
 * Every bridge method is registered through `handleBridge`, which derives the channel and payload schema from
 * `bridgeChannels`, refuses untrusted senders and invalid payloads, and only then calls the handler.
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { BridgeMethod, BridgeRequest, BridgeResponse } from '../../shared/bridge';
import { APP_ORIGIN, bridgeChannels } from '../../shared/bridge';
import { isTrustedIpcSender } from './trusted-ipc-sender';

/** Handles one bridge method: gets the validated request and the event (for its sender), returns the response. */
export type BridgeHandler<M extends BridgeMethod> = (
  request: BridgeRequest<M>,
  event: IpcMainInvokeEvent,
) => Promise<BridgeResponse<M>>;

/** The channel map, checked here to pair each method with a schema whose output is that method's request type. */
const channels: {
  readonly [M in BridgeMethod]: { readonly channel: string; readonly request: z.ZodType<BridgeRequest<M>> };
} = bridgeChannels;

/** Why a bridge call was refused before reaching its handler. */
export class BridgeRequestError extends Error {
  override readonly name = 'BridgeRequestError';
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`).join('; ');
}

/**
 * Register the main-process handler for one bridge method.
 *
 * A call from a frame that is not the top frame of `app://shiftwell` is refused, as is a payload that fails the
 * method's schema (or extra arguments); in both cases the handler is never called. Returns a function that
 * removes the handler.
 */
export function handleBridge<M extends BridgeMethod>(method: M, handler: BridgeHandler<M>): () => void {
  const { channel, request: schema } = channels[method];
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    if (!isTrustedIpcSender(event.senderFrame)) {
      throw new BridgeRequestError(`Refused ${channel}: the sender is not ${APP_ORIGIN}`);
    }
    if (args.length !== 1) {
      throw new BridgeRequestError(
        `Refused ${channel}: expected one request object, got ${args.length} arguments`,
      );
    }
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      throw new BridgeRequestError(`Refused ${channel}: invalid request (${describeIssues(parsed.error)})`);
    }
    return handler(parsed.data, event);
  });
  return () => {
    ipcMain.removeHandler(channel);
  };
}
