import { loadBundle } from './bundle/load-bundle';
import { sharedSearchClient } from './search-ui/shared-search-client';
import './styles.css';

// This entry is kept small so that the search worker and the content fetch start while the larger UI chunk
// (React and the views) is still being fetched and compiled, instead of after it has run.
sharedSearchClient();
const loaded = loadBundle();
const root = document.getElementById('root');
if (root) {
  const [{ mountApp }, result] = await Promise.all([import('./mount-app'), loaded]);
  mountApp(root, result);
}
