import { timeLimitFactLine } from '../../renderer/deadline/duration-text';
import type { DirectAnswer } from '../../renderer/search/direct-answer';

function cited(source: { title: string; celex?: string | undefined; article?: string | undefined }, checked: string) {
  return `   Source: ${[source.title, source.celex, source.article].filter(Boolean).join(', ')}; checked ${checked}`;
}

/** A direct answer as the search CLI prints it above the results, each fact with its source. */
export function answerLines(answer: DirectAnswer): string[] {
  const { shortName, id } = answer.subject;
  if (answer.kind === 'time-limit')
    return [
      `Answer: time limits in the ${shortName} (${id})`,
      ...answer.limits.flatMap((limit) => [`  ${timeLimitFactLine(limit)}`, cited(limit.source, limit.checked)]),
    ];
  const standing = [answer.standing.key, answer.standing.date].filter(Boolean).join(' ');
  return [
    `Answer: ${shortName} (${id}): ${standing}`,
    ...answer.successors.map(
      (s) =>
        `  ${s.relation === 'replaced-by' ? 'replaced' : 'repealed'} by ${s.shortName} (${s.id})${s.date ? `, ${s.date}` : ''}`,
    ),
    cited(answer.source, answer.checked),
  ];
}
