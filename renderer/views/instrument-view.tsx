import type { InstrumentDocument } from '../../content/model/bundle-schema';
import { BookmarkStar } from '../bookmarks-ui/bookmark-star';
import { useBundle } from '../bundle/bundle-context';
import { OfficialTitleLine } from '../language/official-title-line';
import { KeyFactsTable } from './key-facts-table';
import { MetadataPanel } from './metadata-panel';
import { PrintHeader } from './print-header';
import { RelatedDocuments } from './related-documents';
import { ReviewTrail } from './review-trail';
import { StatusBadge } from './status-badge';
import { StatusBanner } from './status-banner';
import { SuccessorStrip } from './successor-strip';
import { DocumentColumns } from './document-columns';
import { LocalContentNotice } from '../local-content/local-content-badge';

/**
 * An instrument: status, identifiers, key facts, the text with its contents, and related instruments. A compact
 * header with its short name and status stays in view while the reader scrolls, so a repealed act never reads as current.
 */
export function InstrumentView({ doc }: { doc: InstrumentDocument }) {
  const { bundle } = useBundle();
  return (
    <article className="document instrument">
      <PrintHeader />
      <div className="reading-header">
        <p className="short-name">{doc.shortName}</p>
        <StatusBadge standing={doc.standing} />
        <BookmarkStar kind={doc.kind} id={doc.id} />
      </div>
      <header className="document-header">
        <h1 lang={bundle.language}>{doc.title}</h1>
        <LocalContentNotice id={doc.id} />
        <OfficialTitleLine id={doc.id} />
      </header>
      <StatusBanner doc={doc} />
      <SuccessorStrip doc={doc} />
      <DocumentColumns
        doc={doc}
        beforeBody={<KeyFactsTable facts={doc.keyFacts} />}
        side={<MetadataPanel doc={doc} />}
      />
      <RelatedDocuments relations={doc.relations} />
      <ReviewTrail doc={doc} />
    </article>
  );
}
