import { texts } from '../texts/active-texts';
import { AttestedLine } from './attested-line';
import { useLanguage } from './language-context';

/** Under a country profile's English name: the country's name in the interface language, where it was read and when. */
export function CountryNameLine({ id }: { id: string }) {
  const { translations } = useLanguage();
  const entry = translations?.countries[id];
  if (!translations || !entry) return null;
  return (
    <AttestedLine
      label={texts.language.countryName}
      text={entry.name}
      lang={translations.language}
      source={entry.source}
      checked={entry.checked}
    />
  );
}
