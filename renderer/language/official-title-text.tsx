import './language.css';
import { useOfficialTitle } from './use-official-title';

/** In a list or result, the official title of a document in the interface language, as one quiet line; nothing in English. */
export function OfficialTitleText({ id, className }: { id: string; className: string }) {
  const official = useOfficialTitle(id);
  return official ? (
    <span className={className} lang={official.language}>
      {official.title}
    </span>
  ) : null;
}
