import type { ExternalLinksMode } from '../common/policies/policy-schema';
import type { LogLine } from './session-guard';

/** What happened to an external link. */
export type ExternalLinkResult = 'opened' | 'declined' | 'disabled' | 'refused';

/** What opening an external link needs: the ExternalLinks policy (or the user's setting), a confirm dialog and the system browser. */
export interface ExternalLinkDeps {
  /** allow: open at once; confirm: ask first; block: never open. Read at each link, as policies load after the window's guards. */
  mode: () => ExternalLinksMode;
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

/** Opens a link in the system browser only if the policy or setting allows it, it is https, and (unless the policy says allow) the user confirms. */
export function createExternalLinkOpener(deps: ExternalLinkDeps): (url: string) => Promise<ExternalLinkResult> {
  return async (url) => {
    const mode = deps.mode();
    if (mode === 'block') {
      deps.log('external link: refused, external links are blocked by policy or settings');
      return 'disabled';
    }
    if (!isOpenableLink(url)) {
      deps.log('external link: refused, not an https link');
      return 'refused';
    }
    if (mode === 'confirm' && !(await deps.confirm(url))) return 'declined';
    await deps.open(url);
    deps.log(
      mode === 'confirm'
        ? 'external link: opened in the system browser after confirmation'
        : 'external link: opened in the system browser (policy: allow)',
    );
    return 'opened';
  };
}
