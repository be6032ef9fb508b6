import type { PageDocument } from '../../content/model/bundle-schema';
import { BookmarkStar } from '../bookmarks-ui/bookmark-star';
import { useBundle } from '../bundle/bundle-context';
import { PrintHeader } from './print-header';
import { RelatedDocuments } from './related-documents';
import { ReviewTrail } from './review-trail';
import { DocumentColumns } from './document-columns';
import { LocalContentNotice } from '../local-content/local-content-badge';

/** A guide such as the overview or the quick reference. */
export function PageView({ doc }: { doc: PageDocument }) {
  const { bundle } = useBundle();
  return (
    <article className="document page">
      <PrintHeader />
      <BookmarkStar kind={doc.kind} id={doc.id} />
      <h1 lang={bundle.language}>{doc.title}</h1>
      <LocalContentNotice id={doc.id} />
      <p className="summary">{doc.summary}</p>
      <DocumentColumns doc={doc} />
      <RelatedDocuments relations={doc.relations} />
      <ReviewTrail doc={doc} />
    </article>
  );
}
