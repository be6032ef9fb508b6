import './language.css';
import { texts } from '../texts/active-texts';
import { useLanguage } from './language-context';
import { sourceLabel } from './source-label';

/** Under a country profile's English name: the country's name in the interface language, where it was read and when. */
export function CountryNameLine({ id }: { id: string }) {
  const { translations } = useLanguage();
  const entry = translations?.countries[id];
  if (!translations || !entry) return null;
  return (
    <p className="official-title">
      <span className="official-title-label">{texts.language.countryName}</span>{' '}
      <span lang={translations.language}>{entry.name}</span>
      <span className="official-title-source">{sourceLabel(entry.source, entry.checked)}</span>
    </p>
  );
}
