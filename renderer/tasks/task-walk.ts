import type { TaskDocument, TaskOutcome, TaskQuestion } from '../../content/model/bundle-schema';

/** One answered question: which question, and the position of the answer chosen. */
export interface TaskStep {
  question: string;
  answer: number;
}

/** Where a walk through a task stands: the answered steps and either the question to answer now or the outcome reached. */
export interface TaskPosition {
  steps: { question: TaskQuestion; answer: TaskQuestion['answers'][number] }[];
  current: { question: TaskQuestion } | { outcome: TaskOutcome };
}

/**
 * Follows the chosen answers from the task's start. The compiler guarantees every answer leads to a question or an
 * outcome of the task, so a walk ends at an outcome or waits on a question; an answer list that no longer fits
 * (content changed) stops where it stops fitting.
 */
export function walkTask(task: TaskDocument, chosen: readonly number[]): TaskPosition {
  const questions = new Map(task.questions.map((q) => [q.id, q]));
  const outcomes = new Map(task.outcomes.map((o) => [o.id, o]));
  const steps: TaskPosition['steps'] = [];
  let question = questions.get(task.start);
  for (const index of chosen) {
    const answer = question?.answers[index];
    if (!question || !answer) break;
    steps.push({ question, answer });
    if ('outcome' in answer) {
      const outcome = outcomes.get(answer.outcome);
      if (outcome) return { steps, current: { outcome } };
      break;
    }
    question = questions.get(answer.next);
  }
  const first = task.questions[0];
  const at = question ?? first;
  if (!at) throw new Error(`task ${task.id} has no questions`);
  return { steps, current: { question: at } };
}
