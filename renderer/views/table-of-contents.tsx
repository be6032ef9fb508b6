import type { Document } from '../../content/model/bundle-schema';
import { documentHref } from '../../content/model/links';
import { useDocumentBody } from '../bundle/use-document-body';
import { texts } from '../texts/active-texts';

/** The headings of a document as links to their anchors, once its body (which holds them) is here. */
export function TableOfContents({ doc }: { doc: Document }) {
  const loaded = useDocumentBody(doc);
  const toc = loaded.state === 'ready' ? loaded.body.toc : [];
  const docId = doc.id;
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
