import { useEffect } from 'react';
import type { Document } from '../../content/model/bundle-schema';

/** A compiled document: its title, status where it has one, and its sanitised body. */
export function DocumentView({ document: doc, anchor }: { document: Document | undefined; anchor?: string }) {
  useEffect(() => {
    if (anchor) globalThis.document.getElementById(anchor)?.scrollIntoView();
  }, [anchor, doc]);
  if (!doc) return <p role="alert">This page is not in this content version.</p>;
  return (
    <article>
      <h1>{doc.title}</h1>
      {doc.kind === 'instrument' && (
        <p className="status">
          {doc.statusNote} {doc.celex && <span>CELEX {doc.celex}</span>}
        </p>
      )}
      {/* The compiler sanitised this HTML (rehype-sanitize) and the CSP forbids inline script. */}
      <div className="document-body" dangerouslySetInnerHTML={{ __html: doc.html }} />
    </article>
  );
}
