import './currency.css';
import type { Document } from '../../content/model/bundle-schema';
import { texts } from '../texts/active-texts';
import { formatDate } from './format-date';
import { SourceLink } from './source-link';

const t = texts.review;

/** The sources a page's facts rest on and when they were checked, then any claim no source confirmed, marked as such. */
export function ReviewTrail({ doc }: { doc: Document }) {
  const headingId = `sources-${doc.id}`;
  return (
    <section className="review-trail" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      <p className="muted">{t.checked(formatDate(doc.checked))}</p>
      <ol className="sources">
        {doc.sources.map((source, i) => (
          <li key={i}>
            <SourceLink source={source} />
            {source.article && <span className="source-article"> · {source.article}</span>}
            {source.celex && <span className="identifier"> · {t.celex(source.celex)}</span>}
            {source.secondary && (
              <>
                {' '}
                <span className="trail-badge trail-secondary">{t.secondary}</span>
              </>
            )}
          </li>
        ))}
      </ol>
      {doc.unverified && doc.unverified.length > 0 && (
        <div className="unverified">
          <h3>{t.unverifiedTitle}</h3>
          <p className="muted">{t.unverifiedIntro}</p>
          <ul>
            {doc.unverified.map((claim, i) => (
              <li key={i}>
                <span className="trail-badge trail-unverified">{t.unverified}</span> {claim}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
