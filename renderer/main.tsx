// First of all, before any chunk holding zod is evaluated (see the module).
import '../content/model/zod-without-eval';
import { CATALOGUE_FILE } from '../content/model/formats';
import { shellServicesOfWindow } from './api/polcoop-client';
import { bundleFolder } from './bundle/bundle-folder';
import { loadBundle } from './bundle/load-bundle';
import { loadLocalContent, NO_LOCAL_CONTENT } from './local-content/load-local-content';
import { mergeLocalContent } from './local-content/merge-local-content';
import { languagePolicyOf, LANGUAGE_SETTING, parseLanguageChoice, resolveLanguage } from './language/language-choice';
import { prepareLanguage } from './language/prepare-language';
import { askPolicies } from './policies/ask-policies';
import { sharedSearchClient } from './search-ui/shared-search-client';
import { readStoredValue } from './settings/stored-value';
import { texts } from './texts/active-texts';
import './styles.css';

// This entry is kept small so that the search worker and the content fetch start while the larger UI chunk
// (React and the views) is still being fetched and compiled, instead of after it has run.
const search = sharedSearchClient();
const official = loadBundle(`${bundleFolder()}${CATALOGUE_FILE}`);
// The administrators' policy may set or lock the language, so the shell is asked (one local call) before its texts load.
const policies = askPolicies(shellServicesOfWindow().api);
// The organisation's own documents join the official ones where a policy names a LocalContentDirectory (desktop only).
const withLocal = Promise.all([
  official,
  policies.then((report) => (report?.values.LocalContentDirectory ? loadLocalContent() : NO_LOCAL_CONTENT)),
]).then(([bundle, local]) => mergeLocalContent(bundle, local));
void withLocal.then(({ local }) => local.searchIndexUrls.forEach((url) => search.addIndex(url)));
// The language follows the system unless the reader or the policy chose one; its texts and titles load beside the bundle.
const language = policies.then((report) =>
  prepareLanguage(
    resolveLanguage(
      readStoredValue(LANGUAGE_SETTING, parseLanguageChoice, 'system'),
      navigator.languages,
      languagePolicyOf(report),
    ),
  ),
);
const root = document.getElementById('root');
if (root) {
  try {
    const [{ mountApp }, result, prepared, report] = await Promise.all([
      import('./mount-app'),
      withLocal,
      language,
      policies,
    ]);
    mountApp(root, result.loaded, prepared, { report, organisations: result.local.organisations });
  } catch (error) {
    // The UI chunk itself failed to load (a damaged installation): say so instead of leaving a blank window.
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.textContent = texts.loadFailed(error instanceof Error ? error.message : String(error));
    root.replaceChildren(alert);
  }
}
