import './currency.css';
import type { BodyDocument, InstrumentDocument } from '../../content/model/bundle-schema';
import { texts } from '../texts/active-texts';
import { formatDate } from './format-date';
import { SourceLink } from './source-link';
import { statusSource } from './source-href';

/** "Status as of <checked>, checked against <source>": when the status was last checked and against what. */
export function StatusAsOf({ doc }: { doc: InstrumentDocument | BodyDocument }) {
  const source = statusSource(doc.sources, doc.kind === 'instrument' ? doc.celex : undefined);
  const date = formatDate(doc.checked);
  if (!source) return <p className="status-as-of">{texts.statusAsOf.noSource(date)}</p>;
  return (
    <p className="status-as-of">
      {texts.statusAsOf.before(date)}
      <SourceLink source={source} />
      {source.article && ` (${source.article})`}.
    </p>
  );
}
