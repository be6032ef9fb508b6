import type { TaskOutcome } from '../../content/model/bundle-schema';
import { useBundle } from '../bundle/bundle-context';
import { durationText } from '../deadline/duration-text';
import { clockHref } from '../routes';
import { texts } from '../texts/active-texts';
import { DocumentLink } from '../views/document-link';

const t = texts.taskView;

/** Where a task ends: the channel, what to send, the time limit (opening the clock), what it rests on and the country facts to check. */
export function TaskOutcomeView({
  outcome,
  headingRef,
}: {
  outcome: TaskOutcome;
  headingRef: React.Ref<HTMLHeadingElement>;
}) {
  const limit = useBundle().bundle.timeLimits.find((l) => l.id === outcome.timeLimit);
  return (
    <section className="task-outcome" aria-labelledby="task-outcome-heading">
      <h2 id="task-outcome-heading" ref={headingRef} tabIndex={-1}>
        <span className="task-outcome-label">{t.outcome}:</span> {outcome.title}
      </h2>
      <dl className="task-facts">
        <div>
          <dt>{t.channel}</dt>
          <dd className={`channel channel-${outcome.channel}`}>{t.channels[outcome.channel]}</dd>
        </div>
        {limit && (
          <div>
            <dt>{t.timeLimit}</dt>
            <dd>
              {t.limitLine(durationText(limit.duration), limit.starts, limit.article)}{' '}
              <a className="open-clock" href={clockHref({ limit: limit.id })}>
                {t.openClock}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <h3>{t.send}</h3>
      <ul className="task-send">
        {outcome.send.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{t.restsOn}</h3>
      <ul className="member-list">
        {outcome.restsOn.map((id) => (
          <li key={id}>
            <DocumentLink id={id} />
          </li>
        ))}
      </ul>
      {outcome.countryFields.length > 0 && (
        <>
          <h3>{t.countryFields}</h3>
          <p className="muted">{t.countryFieldsNote}</p>
          <ul className="country-fields">
            {outcome.countryFields.map((field) => (
              <li key={field}>
                <code>{field}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
