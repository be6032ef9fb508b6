import { describe, expect, it } from 'vitest';
import { createReaderBundle } from '../../../renderer/bundle/bundle-context';
import { targetStatus, termContentHash } from '../../../renderer/bookmarks-ui/target-status';
import { fixtureBodies, fixtureBundle } from '../fixture-content';

const reader = createReaderBundle(fixtureBundle(), fixtureBodies());
const spoc = reader.terms.get('spoc');
/** The overview's hash as the compiler made it. */
const overviewHash = reader.documents.get('overview')?.contentHash ?? '';

describe('targetStatus', () => {
  it('finds documents and terms, and marks a target whose hash changed since saving', () => {
    expect(overviewHash).toMatch(/^[0-9a-f]{64}$/);
    expect(targetStatus({ documentId: 'overview', kind: 'page', contentHash: overviewHash }, reader)).toMatchObject({
      state: 'present',
      href: '#/doc/overview',
    });
    expect(targetStatus({ documentId: 'overview', kind: 'page', contentHash: '1'.repeat(64) }, reader)).toMatchObject({
      state: 'changed',
      contentHash: overviewHash,
    });
    expect(targetStatus({ documentId: 'overview', kind: 'page' }, reader).state).toBe('present');
    expect(
      targetStatus({ documentId: 'spoc', kind: 'term', contentHash: spoc && termContentHash(spoc) }, reader),
    ).toMatchObject({ state: 'present', href: '#/term/spoc' });
    expect(targetStatus({ documentId: 'not-here', kind: 'instrument' }, reader)).toEqual({ state: 'missing' });
    expect(targetStatus({ documentId: 'overview', kind: 'term' }, reader)).toEqual({ state: 'missing' });
  });

  it('gives a term a new hash when its definition changes', () => {
    if (!spoc) throw new Error('fixture lacks the spoc term');
    expect(termContentHash({ ...spoc, definition: `${spoc.definition} Amended.` })).not.toBe(termContentHash(spoc));
    expect(termContentHash({ ...spoc })).toBe(termContentHash(spoc));
  });
});
