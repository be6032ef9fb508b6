import './language.css';
import type { LanguageFile } from '../../content/model/language-file-schema';
import { sourceLabel } from './source-label';

/** A name from the language file under a page's English title: its label, the name in its language, where it was read and when. */
export function AttestedLine({
  label,
  text,
  lang,
  source,
  checked,
}: {
  label: string;
  text: string;
  lang: string;
  source: LanguageFile['instruments'][string]['source'];
  checked: string;
}) {
  return (
    <p className="official-title">
      <span className="official-title-label">{label}</span> <span lang={lang}>{text}</span>
      <span className="official-title-source">{sourceLabel(source, checked)}</span>
    </p>
  );
}
