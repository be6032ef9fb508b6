import { useEffect, useRef, useState } from 'react';
import type { TaskDocument } from '../../content/model/bundle-schema';
import { BookmarkStar } from '../bookmarks-ui/bookmark-star';
import { texts } from '../texts/active-texts';
import { EnglishOnlyNote } from '../language/english-only-note';
import { DocumentBody } from '../views/document-body';
import { PrintHeader } from '../views/print-header';
import { RelatedDocuments } from '../views/related-documents';
import { TaskOutcomeView } from './task-outcome';
import { walkTask } from './task-walk';

const t = texts.taskView;

/** A guided task, one question at a time: answers so far (each can be gone back to), back, start again, and the outcome. */
export function TaskView({ doc }: { doc: TaskDocument }) {
  const [chosen, setChosen] = useState<number[]>([]);
  const position = walkTask(doc, chosen);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // After an answer, back or restart, keyboard and screen-reader users continue at the new question or outcome.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [chosen]);
  const go = (next: number[]) => {
    moved.current = true;
    setChosen(next);
  };
  return (
    <article className="document task">
      <PrintHeader />
      <BookmarkStar kind={doc.kind} id={doc.id} />
      <h1>{doc.title}</h1>
      <EnglishOnlyNote />
      <p className="summary">{doc.summary}</p>
      {position.steps.length > 0 && (
        <section className="task-progress" aria-labelledby="task-progress-heading">
          <h2 id="task-progress-heading">{t.progress}</h2>
          <ol>
            {position.steps.map((step) => (
              <li key={step.question.id}>
                <span className="task-step-question">{step.question.text}</span> <strong>{step.answer.label}</strong>
              </li>
            ))}
          </ol>
          <div className="task-controls">
            <button type="button" onClick={() => go(chosen.slice(0, position.steps.length - 1))}>
              {t.back}
            </button>
            <button type="button" onClick={() => go([])}>
              {t.restart}
            </button>
          </div>
        </section>
      )}
      {'question' in position.current ? (
        <section className="task-question" aria-labelledby="task-question-heading">
          <h2 id="task-question-heading" ref={heading} tabIndex={-1}>
            <span className="task-question-number">
              {t.question(position.steps.length + 1)}
              {texts.colon.trimEnd()}
            </span>{' '}
            {position.current.question.text}
          </h2>
          {position.current.question.help && <p className="task-help">{position.current.question.help}</p>}
          <ul className="task-answers">
            {position.current.question.answers.map((answer, i) => (
              <li key={answer.label}>
                <button type="button" onClick={() => go([...chosen.slice(0, position.steps.length), i])}>
                  {answer.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <TaskOutcomeView outcome={position.current.outcome} headingRef={heading} />
      )}
      <DocumentBody doc={doc} />
      <RelatedDocuments relations={doc.relations} />
    </article>
  );
}
