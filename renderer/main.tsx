// First of all, before any chunk holding zod is evaluated (see the module).
import '../content/model/zod-without-eval';
import { CATALOGUE_FILE } from '../content/model/formats';
import { bundleFolder } from './bundle/bundle-folder';
import { loadBundle } from './bundle/load-bundle';
import { LANGUAGE_SETTING, parseLanguageChoice, resolveLanguage } from './language/language-choice';
import { prepareLanguage } from './language/prepare-language';
import { sharedSearchClient } from './search-ui/shared-search-client';
import { readStoredValue } from './settings/stored-value';
import { texts } from './texts/active-texts';
import './styles.css';

// This entry is kept small so that the search worker and the content fetch start while the larger UI chunk
// (React and the views) is still being fetched and compiled, instead of after it has run.
sharedSearchClient();
const loaded = loadBundle(`${bundleFolder()}${CATALOGUE_FILE}`);
// The language follows the system unless the reader chose one; its texts and titles load beside the bundle.
const language = prepareLanguage(
  resolveLanguage(readStoredValue(LANGUAGE_SETTING, parseLanguageChoice, 'system'), navigator.languages),
);
const root = document.getElementById('root');
if (root) {
  try {
    const [{ mountApp }, result, prepared] = await Promise.all([import('./mount-app'), loaded, language]);
    mountApp(root, result, prepared);
  } catch (error) {
    // The UI chunk itself failed to load (a damaged installation): say so instead of leaving a blank window.
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.textContent = texts.loadFailed(error instanceof Error ? error.message : String(error));
    root.replaceChildren(alert);
  }
}
