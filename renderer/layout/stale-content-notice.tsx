import { useState } from 'react';
import { useShellApi } from '../api/api-context';
import { texts } from '../texts/active-texts';
import { formatDate } from '../views/format-date';
import '../views/currency.css';
import { isContentStale } from './content-age';

const t = texts.staleContent;

/**
 * A quiet notice across the app when the machine's clock is more than six months past the content date: the content
 * may be out of date, and how a newer pack is installed. Dismissed for this session only, so it returns at the next start.
 */
export function StaleContentNotice({ contentDate }: { contentDate: string }) {
  const api = useShellApi();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || !isContentStale(contentDate, new Date())) return null;
  return (
    <aside className="stale-notice" aria-label={t.label}>
      <p>
        {t.message(formatDate(contentDate))} {api ? t.desktop : t.web}
      </p>
      <button type="button" className="link-button" onClick={() => setDismissed(true)}>
        {t.dismiss}
      </button>
    </aside>
  );
}
