import { loadBundle } from './bundle/load-bundle';
import { sharedSearchClient } from './search-ui/shared-search-client';
import { texts } from './texts/en';
import './styles.css';

// This entry is kept small so that the search worker and the content fetch start while the larger UI chunk
// (React and the views) is still being fetched and compiled, instead of after it has run.
sharedSearchClient();
const loaded = loadBundle();
const root = document.getElementById('root');
if (root) {
  try {
    const [{ mountApp }, result] = await Promise.all([import('./mount-app'), loaded]);
    mountApp(root, result);
  } catch (error) {
    // The UI chunk itself failed to load (a damaged installation): say so instead of leaving a blank window.
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.textContent = texts.loadFailed(error instanceof Error ? error.message : String(error));
    root.replaceChildren(alert);
  }
}
