import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../../content/model/bundle-schema';
import { LocalContentProvider } from '../../../renderer/local-content/local-content-context';
import { LocalContentBadge, LocalContentNotice } from '../../../renderer/local-content/local-content-badge';
import { mergeLocalContent } from '../../../renderer/local-content/merge-local-content';
import { fixtureBundle } from '../fixture-content';
import { renderWithServices } from '../render-with-services';

describe('local documents beside the official bundle', () => {
  it('adds local documents and never replaces an official one of the same id', () => {
    const bundle = fixtureBundle();
    const official = bundle.documents[0] as Document;
    const own = { ...official, id: 'national-spoc-procedure', title: 'Our SPOC procedure' } as Document;
    const impostor = { ...official, title: 'Changed by a local pack' } as Document;
    const merged = mergeLocalContent(
      { ok: true, bundle },
      {
        documents: [own, impostor],
        organisations: new Map([
          [own.id, 'Regional Police Directorate'],
          [official.id, 'Regional Police Directorate'],
        ]),
        searchIndexUrls: ['local/x/bundle/search-index.json'],
      },
    );
    if (!merged.loaded.ok) throw new Error('merge lost the bundle');
    expect(merged.loaded.bundle.documents).toHaveLength(bundle.documents.length + 1);
    expect(merged.loaded.bundle.documents.find((doc) => doc.id === official.id)?.title).toBe(official.title);
    expect([...merged.local.organisations.keys()]).toEqual(['national-spoc-procedure']);
  });

  it('badges a local document with its organisation, and nothing on an official one', () => {
    renderWithServices(
      <LocalContentProvider organisations={new Map([['national-spoc-procedure', 'Regional Police Directorate']])}>
        <LocalContentNotice id="national-spoc-procedure" />
        <p data-testid="official">
          <LocalContentBadge id="europol" />
        </p>
      </LocalContentProvider>,
    );
    expect(screen.getByText('Local content: Regional Police Directorate')).toBeInTheDocument();
    expect(
      screen.getByText('Your organisation’s own document, not part of the official reference.', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('official')).toBeEmptyDOMElement();
  });
});
