import type { Status } from '../../content/model/status';
import { texts } from '../texts/active-texts';

/** A compact label for a document's status, coloured by whether it still applies. */
export function StatusBadge({ status }: { status: Status }) {
  return <span className={`status-badge status-${status}`}>{texts.status[status]}</span>;
}
