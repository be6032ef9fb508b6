import type { ReactNode } from 'react';
import type { Document } from '../../content/model/bundle-schema';
import { EnglishOnlyNote } from '../language/english-only-note';
import { DocumentBody } from './document-body';
import { TableOfContents } from './table-of-contents';

/** The reading layout every document shares: its text (after anything put before it) and a side column ending with the contents. */
export function DocumentColumns({
  doc,
  beforeBody,
  side,
}: {
  doc: Document;
  beforeBody?: ReactNode;
  side?: ReactNode;
}) {
  return (
    <div className="document-columns">
      <div className="document-main">
        <EnglishOnlyNote />
        {beforeBody}
        <DocumentBody doc={doc} />
      </div>
      <aside className="document-side" aria-label={doc.shortName}>
        {side}
        <TableOfContents doc={doc} />
      </aside>
    </div>
  );
}
