import type { TocEntry } from '../../content/model/bundle-schema';
import { documentHref } from '../../content/model/links';
import { texts } from '../texts/active-texts';

/** The headings of a document as links to their anchors. */
export function TableOfContents({ docId, toc }: { docId: string; toc: readonly TocEntry[] }) {
  if (toc.length < 2) return null;
  return (
    <nav className="toc" aria-labelledby={`toc-${docId}`}>
      <h2 id={`toc-${docId}`}>{texts.toc}</h2>
      <ol>
        {toc.map((entry) => (
          <li key={entry.anchor} className={`toc-depth-${entry.depth}`}>
            <a href={documentHref(docId, entry.anchor)}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
