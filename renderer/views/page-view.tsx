import type { PageDocument } from '../../content/model/bundle-schema';
import { BookmarkStar } from '../bookmarks-ui/bookmark-star';
import { DocumentBody } from './document-body';
import { PrintHeader } from './print-header';
import { RelatedDocuments } from './related-documents';
import { TableOfContents } from './table-of-contents';

/** A guide such as the overview or the quick reference. */
export function PageView({ doc }: { doc: PageDocument }) {
  return (
    <article className="document page">
      <PrintHeader />
      <BookmarkStar kind={doc.kind} id={doc.id} />
      <h1>{doc.title}</h1>
      <p className="summary">{doc.summary}</p>
      <div className="document-columns">
        <div className="document-main">
          <DocumentBody doc={doc} />
        </div>
        <aside className="document-side" aria-label={doc.shortName}>
          <TableOfContents docId={doc.id} toc={doc.toc} />
        </aside>
      </div>
      <RelatedDocuments relations={doc.relations} />
    </article>
  );
}
