import './language.css';
import { texts } from '../texts/active-texts';
import { sourceLabel } from './source-label';
import { useOfficialTitle } from './use-official-title';

/** Under a document's English title: its official title in the interface language, where it was read and when. */
export function OfficialTitleLine({ id }: { id: string }) {
  const official = useOfficialTitle(id);
  if (!official) return null;
  return (
    <p className="official-title">
      <span className="official-title-label">{texts.language.officialTitle}</span>{' '}
      <span lang={official.language}>{official.title}</span>
      <span className="official-title-source">{sourceLabel(official.source, official.checked)}</span>
    </p>
  );
}
