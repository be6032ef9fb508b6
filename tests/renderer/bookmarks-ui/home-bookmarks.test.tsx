import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HomeView } from '../../../renderer/views/home-view';
import { ok, testBookmarksApi } from './test-bookmarks';
import { renderWithServices } from '../render-with-services';

describe('HomeBookmarks', () => {
  it('lists the latest bookmarks on the home page, a link while the target exists and the saved title otherwise', async () => {
    const api = testBookmarksApi();
    await ok(api.add({ target: { documentId: 'spoc', kind: 'term' }, title: 'SPOC term' }));
    await ok(
      api.add({ target: { documentId: 'gone-instrument', kind: 'instrument' }, title: 'Gone <b>instrument</b>' }),
    );
    renderWithServices(<HomeView />, { bookmarks: api });
    const region = screen.getByRole('region', { name: 'Bookmarks' });
    expect(await within(region).findByRole('link', { name: 'SPOC term' })).toHaveAttribute('href', '#/term/spoc');
    expect(within(region).getByText(/Gone <b>instrument<\/b>/)).toHaveTextContent('not in this content version');
    expect(within(region).getByRole('link', { name: 'Open bookmarks' })).toHaveAttribute('href', '#/bookmarks');
  });

  it('says where bookmarks will appear when there are none', async () => {
    renderWithServices(<HomeView />, { bookmarks: testBookmarksApi() });
    expect(screen.getByRole('region', { name: 'Bookmarks' })).toHaveTextContent('Bookmarked pages will appear here.');
  });
});
