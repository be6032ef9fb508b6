import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { shellServicesOfWindow } from './api/polcoop-client';
import { App } from './app';
import type { BundleLoad } from './bundle/load-bundle';
import { LanguageProvider } from './language/language-context';
import { LocalContentProvider } from './local-content/local-content-context';
import type { PreparedLanguage } from './language/prepare-language';
import type { PolicyReport } from '../common/contract/policy-report-schema';
import { PolicyProvider } from './policies/policy-context';

/**
 * Renders the reader into `root` once, with the bundle already loaded (or the reason it could not be) and the interface
 * language ready (chosen under the administrators' policy report, which the page is given as read, with the organisation of each local document). The app is keyed by language: a new language renders every view afresh in its texts.
 */
// The dead-export check cannot see this use: loaded with import() by main.tsx, which the check does not follow.
// ts-unused-exports:disable-next-line
export function mountApp(
  root: HTMLElement,
  loaded: BundleLoad,
  language: PreparedLanguage,
  administered: { report: PolicyReport | undefined; organisations: ReadonlyMap<string, string> },
): void {
  createRoot(root).render(
    <StrictMode>
      <ApiProvider services={shellServicesOfWindow()}>
        <PolicyProvider initial={administered.report}>
          <LocalContentProvider organisations={administered.organisations}>
            <LanguageProvider initial={language}>{(active) => <App key={active} loaded={loaded} />}</LanguageProvider>
          </LocalContentProvider>
        </PolicyProvider>
      </ApiProvider>
    </StrictMode>,
  );
}
