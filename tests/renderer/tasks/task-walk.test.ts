import { describe, expect, it } from 'vitest';
import type { TaskDocument } from '../../../content/model/bundle-schema';
import { walkTask } from '../../../renderer/tasks/task-walk';

const task = {
  id: 'ask',
  start: 'urgent',
  questions: [
    {
      id: 'urgent',
      text: 'Urgent?',
      answers: [
        { label: 'Yes', next: 'direct' },
        { label: 'No', outcome: 'standard' },
      ],
    },
    {
      id: 'direct',
      text: 'Direct?',
      answers: [
        { label: 'Yes', outcome: 'fast' },
        { label: 'No', outcome: 'standard' },
      ],
    },
  ],
  outcomes: [
    { id: 'fast', title: 'Fast', channel: 'spoc', send: ['x'], restsOn: ['a'], countryFields: [] },
    { id: 'standard', title: 'Standard', channel: 'spoc', send: ['y'], restsOn: ['a'], countryFields: [] },
  ],
} as unknown as TaskDocument;

describe('walkTask', () => {
  it('waits on the start question before any answer', () => {
    expect(walkTask(task, [])).toEqual({ steps: [], current: { question: task.questions[0] } });
  });

  it('follows answers through the next question to an outcome', () => {
    const position = walkTask(task, [0, 0]);
    expect(position.steps.map((s) => [s.question.id, s.answer.label])).toEqual([
      ['urgent', 'Yes'],
      ['direct', 'Yes'],
    ]);
    expect(position.current).toEqual({ outcome: task.outcomes[0] });
    expect(walkTask(task, [1]).current).toEqual({ outcome: task.outcomes[1] });
  });

  it('stops where a remembered answer no longer fits and ignores answers past an outcome', () => {
    expect(walkTask(task, [0, 7]).current).toEqual({ question: task.questions[1] });
    expect(walkTask(task, [1, 0, 0]).steps).toHaveLength(1);
  });
});
