import { describe, expect, it } from 'vitest';
import { createReaderBundle } from '../../../renderer/bundle/bundle-context';
import { timelineEntries } from '../../../renderer/timeline/timeline-entries';
import { fixtureBodies, fixtureBundle } from '../fixture-content';

describe('timeline entries', () => {
  const { instruments, documents } = createReaderBundle(fixtureBundle(), fixtureBodies());
  const entries = timelineEntries(instruments, documents);

  it('orders instruments by adoption and their events by date', () => {
    expect(entries.map((e) => e.doc.id)).toEqual([
      'swedish-framework-decision-2006-960',
      'info-exchange-directive-2023-977',
    ]);
    expect(entries[1]?.events).toEqual([{ kind: 'adopted', date: '2023-05-10' }]);
  });

  it('ends a repealed act without an end date when its successor takes over', () => {
    expect(entries[0]?.events).toEqual([
      { kind: 'adopted', date: '2006-12-18' },
      { kind: 'entryIntoForce', date: '2006-12-30' },
      { kind: 'ended', date: '2023-05-10' },
    ]);
  });

  it('prefers an act’s own end date and drops dates that are not ISO dates', () => {
    const [swedish] = instruments.filter((d) => d.id === 'swedish-framework-decision-2006-960');
    if (!swedish) throw new Error('fixture changed');
    const [entry] = timelineEntries([{ ...swedish, endDate: '2024-06-12', entryIntoForce: 'unknown' }], documents);
    expect(entry?.events.map((e) => `${e.kind} ${e.date}`)).toEqual(['adopted 2006-12-18', 'ended 2024-06-12']);
  });
});
