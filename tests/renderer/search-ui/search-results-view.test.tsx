import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BundleProvider } from '../../../renderer/bundle/bundle-context';
import { SearchClientContext } from '../../../renderer/search-ui/search-client-context';
import { SearchResultsView } from '../../../renderer/search-ui/search-results-view';
import { fixtureBundle, fixtureSearchFiles } from '../fixture-content';
import { fixtureSearchClient } from './fixture-search-client';

// The bundle and the index of one compiled content, as the app fetches them.
const client = fixtureSearchClient(fixtureSearchFiles);

function renderView(query: string, filters: Record<string, string> = {}) {
  return render(
    <BundleProvider bundle={fixtureBundle()}>
      <SearchClientContext.Provider value={() => client}>
        <SearchResultsView query={query} filters={filters} />
      </SearchClientContext.Provider>
    </BundleProvider>,
  );
}

describe('SearchResultsView', () => {
  afterEach(cleanup);

  it('lists the results with deep links, snippets and facets whose links filter through the route', async () => {
    renderView('information');
    const status = await screen.findByText(/results? for “information”/);
    expect(status).toHaveAttribute('role', 'status');
    const results = within(screen.getByRole('list', { name: 'Results' })).getAllByRole('listitem');
    expect(results.length).toBeGreaterThan(1);
    const links = results.map((r) => within(r).getAllByRole('link')[0]?.getAttribute('href'));
    expect(links.every((href) => /^#\/(doc|term)\//.test(href ?? ''))).toBe(true);
    const facets = screen.getByRole('navigation', { name: 'Filter results' });
    const kind = within(facets).getByRole('region', { name: 'Kind' });
    const instrument = within(kind).getByRole('link', { name: 'Instrument' });
    expect(instrument).toHaveAttribute('href', '#/search?q=information&kind=instrument');
    expect(instrument.nextElementSibling?.textContent).toBe('2');
  });

  it('narrows by the route’s filters and links each chosen filter to its removal', async () => {
    renderView('information', { kind: 'instrument', type: 'Directive' });
    await screen.findByText('1 result for “information”');
    const results = within(screen.getByRole('list', { name: 'Results' })).getAllByRole('listitem');
    expect(within(results[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/^#\/doc\/info-exchange-directive-2023-977/),
    );
    expect(screen.getByRole('link', { name: 'Remove filter Instrument type: Directive' })).toHaveAttribute(
      'href',
      '#/search?q=information&kind=instrument',
    );
    expect(screen.getByRole('link', { name: 'Clear all filters' })).toHaveAttribute('href', '#/search?q=information');
    const chosen = within(screen.getByRole('region', { name: 'Instrument type' })).getByRole('link', {
      name: 'Remove filter Directive',
    });
    expect(chosen).toHaveAttribute('aria-current', 'true');
  });

  it('lists everything a filter alone allows, and says when nothing matches or nothing was asked', async () => {
    const { unmount } = renderView('', { status: 'repealed' });
    await screen.findByText('1 result for these filters');
    unmount();
    renderView('zzzzqqq');
    await screen.findByText('Nothing found for “zzzzqqq”.');
    cleanup();
    renderView('  ');
    expect(screen.getByRole('status')).toHaveTextContent(/Type a word/);
  });

  it('cuts the echo of a very long query to 80 characters with an ellipsis, the whole query on hover', async () => {
    const query = `${'x'.repeat(4990)} 1234567890`;
    renderView(query);
    const status = await screen.findByText(/^Nothing found for/);
    expect(status.textContent).toBe(`Nothing found for “${'x'.repeat(80)}…”.`);
    expect(status).toHaveAttribute('title', query);
  });

  it('names facet values in words: kinds, types and statuses from the texts, topics by their titles', async () => {
    renderView('information', { topic: 'information-exchange' });
    await screen.findByText(/results? for “information”/);
    expect(screen.getByRole('link', { name: 'Remove filter Topic: Information exchange' })).toHaveAttribute(
      'href',
      '#/search?q=information',
    );
    const facets = screen.getByRole('navigation', { name: 'Filter results' });
    const values = (name: string) =>
      within(within(facets).getByRole('region', { name }))
        .getAllByRole('link')
        .map((a) => a.textContent);
    expect(values('Topic')).toEqual(['Information exchange', 'Time limits']);
    expect(values('Status')).toEqual(expect.arrayContaining(['Repealed']));
    expect(values('Instrument type')).toEqual(expect.arrayContaining(['Framework Decision']));
    expect(within(facets).queryByText(/^[a-z]+(-[a-z]+)+$/)).toBeNull();
  });
});
