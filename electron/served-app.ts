import { APP_HOST, APP_SCHEME } from './app-origin';
import type { AppRoots } from './app-protocol';
import { BUNDLE_ERROR_PATH, bundleErrorPage } from './bundle-error-page';
import type { ContentDecision } from './content-decision';
import type { ShellTexts } from './texts/shell-texts-shape';

/** What app:// serves, and the error page's URL to open instead of the reader when no content verified (else null). */
export interface ServedApp {
  roots: AppRoots;
  errorUrl: string | null;
}

/** The verified bundle beside the renderer; or no bundle at all (/bundle/ answers 404) and the error page naming the problem, in `texts`' language. */
export function servedApp(built: AppRoots, decision: ContentDecision, texts?: ShellTexts): ServedApp {
  if (decision.ok)
    return {
      roots: { rendererDir: built.rendererDir, bundleDir: decision.served.dir, localDir: built.localDir ?? null },
      errorUrl: null,
    };
  return {
    roots: {
      rendererDir: built.rendererDir,
      bundleDir: built.bundleDir,
      refuseBundle: true,
      pages: { [BUNDLE_ERROR_PATH]: bundleErrorPage(decision.problem, decision.notices, texts) },
    },
    errorUrl: `${APP_SCHEME}://${APP_HOST}${BUNDLE_ERROR_PATH}`,
  };
}
