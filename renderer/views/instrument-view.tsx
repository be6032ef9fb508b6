import type { InstrumentDocument } from '../../content/model/bundle-schema';
import { BookmarkStar } from '../bookmarks-ui/bookmark-star';
import { KeyFactsTable } from './key-facts-table';
import { MetadataPanel } from './metadata-panel';
import { PrintHeader } from './print-header';
import { RelatedDocuments } from './related-documents';
import { StatusBanner } from './status-banner';
import { DocumentColumns } from './document-columns';

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
      <DocumentColumns doc={doc} beforeBody={<KeyFactsTable facts={doc.keyFacts} />} side={<MetadataPanel doc={doc} />} />
      <RelatedDocuments relations={doc.relations} />
    </article>
  );
}
