import type { BundleSourceRef } from '../../content/model/bundle-source-ref-schema';
import { documentHref } from '../../content/model/links';
import { useBundle } from '../bundle/bundle-context';
import { durationText } from '../deadline/duration-text';
import { clockHref } from '../routes';
import type { DirectAnswer } from '../search/direct-answer';
import { texts } from '../texts/active-texts';
import { formatDate } from '../views/format-date';
import { SourceLink } from '../views/source-link';
import { effectText, standingSentence } from '../views/standing-text';
import './direct-answer-box.css';

const t = texts.search;

/** Where a fact of the answer comes from, and when it was checked. */
function Source({ source, checked }: { source: BundleSourceRef; checked: string }) {
  return (
    <p className="answer-source">
      {texts.clock.source}: <SourceLink source={source} />
      {source.article ? `, ${source.article}` : ''}; {texts.clock.checked.toLowerCase()} {formatDate(checked)}
    </p>
  );
}

function heading(answer: DirectAnswer): string {
  const name = answer.subject.shortName;
  if (answer.kind === 'time-limit') return t.answerTimeLimit(name);
  return answer.kind === 'status' ? t.answerStatus(name) : t.answerReplaced(name);
}

/**
 * The answer above the results to a time-limit, status or "what replaced" question: made by the search engine from
 * structured content only, each fact with its source and date, and a link to the document it comes from.
 */
export function DirectAnswerBox({ answer }: { answer: DirectAnswer }) {
  const { bundle } = useBundle();
  return (
    <section className="direct-answer" aria-labelledby="direct-answer-heading">
      <p className="answer-label">{t.answerLabel}</p>
      <h2 id="direct-answer-heading">{heading(answer)}</h2>
      {answer.kind === 'time-limit' ? (
        <ul className="answer-limits">
          {answer.limits.map((limit) => (
            <li key={limit.id}>
              <p className="answer-what">{limit.what}</p>
              <p className="answer-duration">
                <strong>{texts.taskView.limitLine(durationText(limit.duration), limit.starts, limit.article)}</strong>{' '}
                <a href={clockHref({ limit: limit.id })}>{texts.taskView.openClock}</a>
              </p>
              <Source source={limit.source} checked={limit.checked} />
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p>
            <strong>{standingSentence(answer.standing)}</strong>
          </p>
          {answer.successors.length > 0 && (
            <ul className="answer-successors">
              {answer.successors.map((successor) => {
                const effect = effectText(successor, bundle.contentDate);
                return (
                  <li key={successor.id}>
                    {texts.successor.replaced}{' '}
                    <a href={documentHref(successor.id)} title={successor.title}>
                      {successor.shortName}
                    </a>
                    {effect && ` · ${effect}`}
                  </li>
                );
              })}
            </ul>
          )}
          <Source source={answer.source} checked={answer.checked} />
        </>
      )}
      <p className="answer-from">
        {t.answerFrom}{' '}
        <a href={documentHref(answer.subject.id)} title={answer.subject.title}>
          {t.openDocument(answer.subject.shortName)}
        </a>
      </p>
    </section>
  );
}
