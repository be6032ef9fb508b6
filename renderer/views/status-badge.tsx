import type { Standing } from '../../content/model/standing';
import { standingBadgeText } from './standing-text';

/** A compact label for where a document stands on the content date, coloured by whether it applies. */
export function StatusBadge({ standing }: { standing: Standing }) {
  return <span className={`status-badge status-${standing.key}`}>{standingBadgeText(standing)}</span>;
}
