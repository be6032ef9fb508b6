import type { Term } from '../../content/model/bundle-schema';
import { texts } from '../texts/active-texts';
import { GLOSSARY_ANCHOR, termAnchor } from './pack-anchors';

/** The glossary terms the pack's items use, defined once at the end. */
export function GlossaryAnnex({ terms, language }: { terms: Term[]; language: string }) {
  return (
    <section className="briefing-annex" id={GLOSSARY_ANCHOR} aria-labelledby="briefing-glossary-title">
      <p className="briefing-part-title" id="briefing-glossary-title">
        {texts.briefing.glossary}
      </p>
      <dl lang={language}>
        {terms.map((term) => (
          <div key={term.id} id={termAnchor(term.id)}>
            <dt>
              {term.term}
              {term.expansion && ` (${term.expansion})`}
            </dt>
            <dd>{term.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
