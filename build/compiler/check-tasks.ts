import type { TaskSource } from '../../content/model/source-schemas';
import type { Problem } from './problems';
import type { ValidContent, ValidDocument } from './validate';

type ValidTask = Extract<ValidDocument, { kind: 'task' }>;

/** Reports the second use of an id within one list of a task (questions or outcomes). */
function checkUnique(task: ValidTask, list: 'questions' | 'outcomes', problems: Problem[]): void {
  const seen = new Set<string>();
  task.data[list].forEach((entry, i) => {
    if (seen.has(entry.id))
      problems.push({
        file: task.file,
        line: task.lineOf([list, i, 'id']),
        field: `${list}.${i}.id`,
        message: `"${entry.id}" is used twice in this task`,
      });
    seen.add(entry.id);
  });
}

/** Every id a task names must exist: questions and outcomes in the task, time limits and documents in the content. */
function checkLinks(
  task: ValidTask,
  timeLimits: ReadonlySet<string>,
  documents: ReadonlySet<string>,
  problems: Problem[],
): void {
  const at = (path: (string | number)[], message: string) =>
    problems.push({ file: task.file, line: task.lineOf(path), field: path.join('.'), message });
  const questions = new Set(task.data.questions.map((q) => q.id));
  const outcomes = new Set(task.data.outcomes.map((o) => o.id));
  if (!questions.has(task.data.start))
    at(['start'], `broken link: "${task.data.start}" is not a question of this task`);
  task.data.questions.forEach((question, q) =>
    question.answers.forEach((answer, a) => {
      if (answer.next !== undefined && !questions.has(answer.next))
        at(['questions', q, 'answers', a, 'next'], `broken link: "${answer.next}" is not a question of this task`);
      if (answer.outcome !== undefined && !outcomes.has(answer.outcome))
        at(
          ['questions', q, 'answers', a, 'outcome'],
          `broken link: "${answer.outcome}" is not an outcome of this task`,
        );
    }),
  );
  task.data.outcomes.forEach((outcome, o) => {
    if (outcome.time_limit !== undefined && !timeLimits.has(outcome.time_limit))
      at(['outcomes', o, 'time_limit'], `broken link: "${outcome.time_limit}" is not a time limit in time-limits.yaml`);
    outcome.rests_on.forEach((id, i) => {
      if (!documents.has(id)) at(['outcomes', o, 'rests_on', i], `broken link: "${id}" is not a known document id`);
    });
  });
}

/**
 * Walks the task from `start`: an answer that leads back to a question on the current path closes a cycle;
 * a question or outcome the walk never reaches is reported too, since no officer could ever see it.
 */
function checkPaths(task: ValidTask, problems: Problem[]): void {
  const data: TaskSource = task.data;
  const index = new Map(data.questions.map((q, i) => [q.id, i]));
  const onPath: string[] = [];
  const done = new Set<string>();
  const reachedOutcomes = new Set<string>();
  const visit = (id: string) => {
    const q = index.get(id);
    if (q === undefined || done.has(id)) return;
    onPath.push(id);
    data.questions[q]?.answers.forEach((answer, a) => {
      if (answer.outcome !== undefined) reachedOutcomes.add(answer.outcome);
      if (answer.next === undefined) return;
      if (onPath.includes(answer.next)) {
        const loop = [...onPath.slice(onPath.indexOf(answer.next)), answer.next].join(' -> ');
        const path = ['questions', q, 'answers', a, 'next'];
        problems.push({
          file: task.file,
          line: task.lineOf(path),
          field: path.join('.'),
          message: `cycle: ${loop}; every path must end in an outcome`,
        });
      } else visit(answer.next);
    });
    onPath.pop();
    done.add(id);
  };
  visit(data.start);
  if (!index.has(data.start)) return;
  data.questions.forEach((question, q) => {
    if (!done.has(question.id))
      problems.push({
        file: task.file,
        line: task.lineOf(['questions', q, 'id']),
        field: `questions.${q}.id`,
        message: `"${question.id}" is never reached from start "${data.start}"`,
      });
  });
  data.outcomes.forEach((outcome, o) => {
    if (!reachedOutcomes.has(outcome.id))
      problems.push({
        file: task.file,
        line: task.lineOf(['outcomes', o, 'id']),
        field: `outcomes.${o}.id`,
        message: `"${outcome.id}" is never reached from start "${data.start}"`,
      });
  });
}

/** Stage 2b: checks each task's graph (no cycles, nothing unreachable, every path ends in an outcome) and its links. */
export function checkTasks(valid: ValidContent): Problem[] {
  const problems: Problem[] = [];
  const timeLimits = new Set(valid.timeLimits.map((l) => l.data.id));
  const documents = new Set(valid.documents.map((d) => d.data.id));
  for (const doc of valid.documents) {
    if (doc.kind !== 'task') continue;
    checkUnique(doc, 'questions', problems);
    checkUnique(doc, 'outcomes', problems);
    checkLinks(doc, timeLimits, documents, problems);
    checkPaths(doc, problems);
  }
  return problems;
}
