import { describe, expect, it } from 'vitest';
import type { InstrumentDocument } from '../../../content/model/bundle-schema';
import { createReaderBundle } from '../../../renderer/bundle/bundle-context';
import { compareRows } from '../../../renderer/compare/compare-rows';
import { fixtureBodies, fixtureBundle } from '../fixture-content';

const { documents, topics } = createReaderBundle(fixtureBundle(), fixtureBodies());
const doc = (id: string) => documents.get(id) as InstrumentDocument;
const swedish = doc('swedish-framework-decision-2006-960');
const directive = doc('info-exchange-directive-2023-977');

describe('compare rows', () => {
  const rows = compareRows([swedish, directive], documents, topics);
  const row = (key: string) => rows.find((r) => r.key === key);

  it('puts each instrument’s value in its own column and says which rows differ', () => {
    expect(row('type')?.cells).toEqual([[{ text: 'Framework Decision' }], [{ text: 'Directive' }]]);
    expect(row('type')?.differs).toBe(true);
    expect(row('adopted')?.cells).toEqual([[{ text: '18 December 2006' }], [{ text: '10 May 2023' }]]);
    expect(compareRows([swedish, swedish], documents, topics).every((r) => !r.differs)).toBe(true);
  });

  it('names topics by their titles, never by their ids', () => {
    expect(row('topics')?.cells).toEqual([
      [{ text: 'Information exchange' }, { text: 'Time limits' }],
      [{ text: 'Information exchange' }],
    ]);
    const untitled = compareRows([swedish, directive], documents, new Map([['time-limits', 'Time limits']]));
    expect(untitled.find((r) => r.key === 'topics')?.cells).toEqual([[{ text: 'Time limits' }], []]);
  });

  it('links replaced and replacing acts in both directions and keeps empty cells for the one without', () => {
    expect(row('replaces')?.cells).toEqual([
      [],
      [{ text: 'Swedish Framework Decision', href: '#/doc/swedish-framework-decision-2006-960' }],
    ]);
    expect(row('replacedBy')?.cells).toEqual([
      [{ text: 'Information Exchange Directive', href: '#/doc/info-exchange-directive-2023-977' }],
      [],
    ]);
    // The directive's line is the one the compiler makes of its structured time limit.
    expect(row('timeLimits')?.cells).toEqual([
      [{ text: 'Urgent: 8 hours.' }],
      [
        {
          text: 'Reply to an urgent request for directly accessible information: 8 hours from receipt of the request (Art. 5(1)(a)).',
        },
      ],
    ]);
  });

  it('leaves out aspects none of the instruments has', () => {
    for (const key of ['applicationDate', 'endDate', 'access']) expect(row(key)).toBeUndefined();
  });
});
