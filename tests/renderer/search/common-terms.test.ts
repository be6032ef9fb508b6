import { describe, expect, it } from 'vitest';
import { commonBodyTerms } from '../../../renderer/search/common-terms';
import { indexTerms, stemWord } from '../../../renderer/search/text-analysis';

describe('corpus stop list', () => {
  it('drops body terms found in more than half the passages, never the legal words', () => {
    const bodies = [
      'member states shall not exchange data and may not must not',
      'member states may not refuse data requests and shall must',
      'member states must reply within eight hours and shall not may',
      'the requested data shall be sent',
    ].map(indexTerms);
    const common = commonBodyTerms(bodies);
    expect([...common].sort()).toEqual([stemWord('member'), stemWord('states'), stemWord('data')].sort());
    for (const legal of ['shall', 'not', 'may', 'must']) expect(common.has(stemWord(legal))).toBe(false);
  });

  it('keeps everything in a corpus where no word is that common', () => {
    expect(commonBodyTerms([['dna'], ['pnr'], ['sis']]).size).toBe(0);
    expect(commonBodyTerms([]).size).toBe(0);
  });
});
