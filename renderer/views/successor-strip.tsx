import './currency.css';
import type { InstrumentDocument } from '../../content/model/bundle-schema';
import { documentHref } from '../../content/model/links';
import { useBundle } from '../bundle/bundle-context';
import { texts } from '../texts/active-texts';
import { effectText } from './standing-text';

const t = texts.successor;

/**
 * On an instrument that was or is being repealed or replaced: a strip leading to what replaces it, with when that
 * takes effect, so a reader of an old act is one step from the current one.
 */
export function SuccessorStrip({ doc }: { doc: InstrumentDocument }) {
  const { documents, bundle } = useBundle();
  const successors = [...new Set([...doc.relations.repealedBy, ...doc.relations.replacedBy])].flatMap(
    (id) => documents.get(id) ?? [],
  );
  if (successors.length === 0) return null;
  return (
    <nav className="successor-strip" aria-label={t.label}>
      <ul>
        {successors.map((successor) => {
          const effect = doc.effective?.[successor.id];
          const pending =
            effect !== undefined &&
            (effect.pending !== undefined || (effect.date !== undefined && effect.date > bundle.contentDate));
          return (
            <li key={successor.id}>
              <span className="successor-verb">{pending ? t.beingReplaced : t.replaced}</span>{' '}
              <a href={documentHref(successor.id)} title={successor.title} aria-label={t.go(successor.shortName)}>
                {successor.shortName} <span aria-hidden="true">→</span>
              </a>
              {effect && <span className="effect"> · {effectText(effect, bundle.contentDate)}</span>}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
