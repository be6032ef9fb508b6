import type { LogLine } from './session-guard';

/** What happened to an external link. */
export type ExternalLinkResult = 'opened' | 'declined' | 'disabled' | 'refused';

/** What opening an external link needs: the site's setting, a confirm dialog and the system browser. */
export interface ExternalLinkDeps {
  enabled: () => boolean;
  confirm: (url: string) => Promise<boolean>;
  open: (url: string) => Promise<void>;
  log: LogLine;
}

/** True for a link the system browser may be asked to open: https, with a host and no embedded credentials. */
export function isOpenableLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** Opens a link in the system browser only if the site allows it, it is https, and the user confirms. */
export function createExternalLinkOpener(deps: ExternalLinkDeps): (url: string) => Promise<ExternalLinkResult> {
  return async (url) => {
    if (!deps.enabled()) {
      deps.log('external link: refused, external links are switched off in settings');
      return 'disabled';
    }
    if (!isOpenableLink(url)) {
      deps.log('external link: refused, not an https link');
      return 'refused';
    }
    if (!(await deps.confirm(url))) return 'declined';
    await deps.open(url);
    deps.log('external link: opened in the system browser after confirmation');
    return 'opened';
  };
}
