import type { BodyDocument } from '../../content/model/bundle-schema';
import { BookmarkStar } from '../bookmarks-ui/bookmark-star';
import { useBundle } from '../bundle/bundle-context';
import { OfficialTitleLine } from '../language/official-title-line';
import { texts } from '../texts/active-texts';
import { KeyFactsTable } from './key-facts-table';
import { PrintHeader } from './print-header';
import { RelatedDocuments } from './related-documents';
import { ReviewTrail } from './review-trail';
import { StatusBanner } from './status-banner';
import { DocumentColumns } from './document-columns';
import { LocalContentNotice } from '../local-content/local-content-badge';

/** An agency, network or information system: what it is, its key facts and the acts behind it. */
export function BodyView({ doc }: { doc: BodyDocument }) {
  const { bundle } = useBundle();
  return (
    <article className="document body-page">
      <PrintHeader />
      <header className="document-header">
        <BookmarkStar kind={doc.kind} id={doc.id} />
        <p className="short-name">
          {texts.body.type}: {texts.types[doc.type]}
          {doc.abbreviations.length > 0 && ` · ${doc.abbreviations.join(', ')}`}
        </p>
        <h1 lang={bundle.language}>{doc.title}</h1>
        <LocalContentNotice id={doc.id} />
        <OfficialTitleLine id={doc.id} />
      </header>
      <StatusBanner doc={doc} />
      <DocumentColumns doc={doc} beforeBody={<KeyFactsTable facts={doc.keyFacts} />} />
      <RelatedDocuments relations={doc.relations} />
      <ReviewTrail doc={doc} />
    </article>
  );
}
