import type { ManifestInfo } from '../bundle-manifest';
import type { Handlers } from '../ipc-dispatch';
import { appInfoHandler } from './app-info';

/** What the handlers need from the running app; the shell and the browser harness each provide it. */
export interface HandlerContext {
  app: { name: string; version: string };
  manifest: () => ManifestInfo;
}

/** Every contract channel's handler, wired to its context. */
export function createHandlers(context: HandlerContext): Handlers {
  return {
    'app:info': appInfoHandler(context.app, context.manifest),
  };
}
