import type { InstrumentDocument } from '../../content/model/bundle-schema';
import { BookmarkStar } from '../bookmarks-ui/bookmark-star';
import { DocumentBody } from './document-body';
import { KeyFactsTable } from './key-facts-table';
import { MetadataPanel } from './metadata-panel';
import { PrintHeader } from './print-header';
import { RelatedDocuments } from './related-documents';
import { StatusBanner } from './status-banner';
import { TableOfContents } from './table-of-contents';

/** An instrument: status, identifiers, key facts, the text with its contents, and related instruments. */
export function InstrumentView({ doc }: { doc: InstrumentDocument }) {
  return (
    <article className="document instrument">
      <PrintHeader />
      <header className="document-header">
        <BookmarkStar kind={doc.kind} id={doc.id} />
        <p className="short-name">{doc.shortName}</p>
        <h1>{doc.title}</h1>
      </header>
      <StatusBanner doc={doc} />
      <div className="document-columns">
        <div className="document-main">
          <KeyFactsTable facts={doc.keyFacts} />
          <DocumentBody doc={doc} />
        </div>
        <aside className="document-side" aria-label={doc.shortName}>
          <MetadataPanel doc={doc} />
          <TableOfContents docId={doc.id} toc={doc.toc} />
        </aside>
      </div>
      <RelatedDocuments relations={doc.relations} />
    </article>
  );
}
