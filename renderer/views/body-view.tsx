import type { BodyDocument } from '../../content/model/bundle-schema';
import { BookmarkStar } from '../bookmarks-ui/bookmark-star';
import { texts } from '../texts/en';
import { DocumentBody } from './document-body';
import { KeyFactsTable } from './key-facts-table';
import { PrintHeader } from './print-header';
import { RelatedDocuments } from './related-documents';
import { StatusBanner } from './status-banner';
import { TableOfContents } from './table-of-contents';

/** An agency, network or information system: what it is, its key facts and the acts behind it. */
export function BodyView({ doc }: { doc: BodyDocument }) {
  return (
    <article className="document body-page">
      <PrintHeader />
      <header className="document-header">
        <BookmarkStar kind={doc.kind} id={doc.id} />
        <p className="short-name">
          {texts.body.type}: {doc.type}
          {doc.abbreviations.length > 0 && ` · ${doc.abbreviations.join(', ')}`}
        </p>
        <h1>{doc.title}</h1>
      </header>
      <StatusBanner doc={doc} />
      <div className="document-columns">
        <div className="document-main">
          <KeyFactsTable facts={doc.keyFacts} />
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
