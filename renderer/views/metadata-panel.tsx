import type { InstrumentDocument } from '../../content/model/bundle-schema';
import { useBundle } from '../bundle/bundle-context';
import { useOfficialTitle } from '../language/use-official-title';
import { searchHref } from '../routes';
import { texts } from '../texts/active-texts';
import { citationOf } from './citation';
import { CopyCitationButton } from './copy-citation-button';
import { formatDate } from './format-date';

const t = texts.metadata;

/** An instrument's identifiers, dates, legal basis and topics, with a button that copies its citation. */
export function MetadataPanel({ doc }: { doc: InstrumentDocument }) {
  const { topics } = useBundle();
  const official = useOfficialTitle(doc.id);
  const titled = doc.topics.flatMap((topic) => {
    const title = topics.get(topic);
    return title === undefined ? [] : [{ topic, title }];
  });
  const rows: [string, string | undefined][] = [
    [t.shortName, doc.shortName],
    [t.alsoKnownAs, doc.abbreviations.join(', ') || undefined],
    [t.type, texts.types[doc.type]],
    [t.number, doc.number],
    [t.celex, doc.celex],
    [t.ecli, doc.ecli],
    [t.eli, doc.eli],
    [t.oj, doc.oj],
    [t.adopted, formatDate(doc.adopted)],
    [t.entryIntoForce, doc.entryIntoForce && formatDate(doc.entryIntoForce)],
    [t.applicationDate, doc.applicationDate && formatDate(doc.applicationDate)],
    [t.endDate, doc.endDate && formatDate(doc.endDate)],
    [t.legalBasis, doc.legalBasis],
  ];
  return (
    <section className="metadata" aria-labelledby="metadata-heading">
      <h2 id="metadata-heading">{t.title}</h2>
      <dl>
        {rows
          .filter((row): row is [string, string] => !!row[1])
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className="identifier">{value}</dd>
            </div>
          ))}
        {titled.length > 0 && (
          <div>
            <dt>{t.topics}</dt>
            <dd>
              <ul className="topics">
                {titled.map(({ topic, title }) => (
                  <li key={topic}>
                    <a href={searchHref('', { topic })}>{title}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <CopyCitationButton citation={citationOf(doc, official)} />
    </section>
  );
}
