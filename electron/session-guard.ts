import type { App, Session } from 'electron';
import { BLOCKED_URL_PATTERNS, isBlockedUrl, redactUrl } from './blocked-url';

/** Writes one line to the local log. */
export type LogLine = (line: string) => void;

/** Locks one session down: network schemes cancelled and logged, every permission request and check denied, no spellchecker downloads. */
export function guardSession(session: Session, log: LogLine): void {
  session.webRequest.onBeforeRequest({ urls: BLOCKED_URL_PATTERNS }, (details, callback) => {
    const cancel = isBlockedUrl(details.url);
    if (cancel) log(`network: cancelled ${details.resourceType} request to ${redactUrl(details.url)}`);
    callback({ cancel });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`permission: denied request for ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // Chromium fetches Hunspell dictionaries from a CDN on demand.
  session.setSpellCheckerEnabled(false);
}

/** Guards the default session and every session created later (a partition, a devtools session). */
export function setupSessionGuards(app: App, defaultSession: Session, log: LogLine): void {
  guardSession(defaultSession, log);
  app.on('session-created', (session) => guardSession(session, log));
}
