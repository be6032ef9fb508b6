import { texts } from '../texts/active-texts';
import { AttestedLine } from './attested-line';
import { useOfficialTitle } from './use-official-title';

/** Under a document's English title: its official title in the interface language, where it was read and when. */
export function OfficialTitleLine({ id }: { id: string }) {
  const official = useOfficialTitle(id);
  if (!official) return null;
  return (
    <AttestedLine
      label={texts.language.officialTitle}
      text={official.title}
      lang={official.language}
      source={official.source}
      checked={official.checked}
    />
  );
}
