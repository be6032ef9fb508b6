import { describe, expect, it } from 'vitest';
import { compileContent } from '../../../build/compiler/compile';
import { bundleSchema, type CountryDocument } from '../../../content/model/bundle-schema';
import { countryTimelineEntries } from '../../../renderer/country/country-timeline';
import { fixtureCopy } from '../../build/compiler/content-fixture';

const bundle = bundleSchema.parse(JSON.parse(compileContent(fixtureCopy()).files.get('bundle.json') ?? ''));
const countries = bundle.documents.filter((d): d is CountryDocument => d.kind === 'country');

describe('the countries on the timeline', () => {
  it('takes each dated step from the profile, in time order, each leading to the group that states it', () => {
    const denmark = countryTimelineEntries(countries).find((e) => e.doc.id === 'denmark');
    expect(denmark?.events).toEqual([
      { kind: 'eu', date: '1973-01-01', anchor: 'membership' },
      { kind: 'schengen', date: '2001-03-25', anchor: 'membership' },
      { kind: 'prum', date: '2010-12-18', anchor: 'prum' },
    ]);
  });

  it('leaves out steps without a plain date and Prüm exchanges that are not live', () => {
    const [first] = countries;
    if (!first) throw new Error('no country in the fixture');
    const undated: CountryDocument = {
      ...first,
      facts: {
        ...first.facts,
        membership: {
          ...first.facts.membership,
          eu: { ...first.facts.membership.eu, value: 'no' },
          schengen: { value: 'full', checked: '2026-12-03', sources: [] },
        },
        prum: { ...first.facts.prum, dna: { ...first.facts.prum.dna, value: 'not-live' } },
      },
    };
    expect(countryTimelineEntries([undated])).toEqual([]);
  });
});
