import './language.css';
import { texts } from '../texts/active-texts';
import { useLanguage } from './language-context';

/** A one-line note, in the interface language, that the text below is in English (page bodies are not translated yet). */
export function EnglishOnlyNote() {
  if (useLanguage().language === 'en') return null;
  return <p className="english-only-note">{texts.language.bodyNote}</p>;
}
