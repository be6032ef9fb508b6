import { texts } from '../texts/active-texts';
import { DocumentLink } from '../views/document-link';

const t = texts.country;

/** The instruments some facts come from, as links (ids the bundle lacks show as text). */
export function InstrumentLinks({ ids }: { ids: string[] }) {
  return (
    <p className="fact-instruments">
      {t.instrumentsHeading}:{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <DocumentLink id={id} />
        </span>
      ))}
    </p>
  );
}
