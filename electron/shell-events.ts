import type { WebContents } from 'electron';
import { ipcEvents, type EventName, type EventPayload } from '../common/contract/ipc-contract';

/** Sends a contract event to a renderer, checked against its schema first so a bad payload fails here, not in the page. */
export function sendShellEvent<E extends EventName>(
  contents: Pick<WebContents, 'send'>,
  event: E,
  payload: EventPayload<E>,
): void {
  contents.send(event, ipcEvents[event].parse(payload));
}
