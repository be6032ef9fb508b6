import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordRecentPage } from '../../../renderer/recent/recent-pages';
import { HomeView } from '../../../renderer/views/home-view';
import { renderWithServices } from '../render-with-services';

describe('HomeView', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows the title, the overview and the sections in order with their sizes', () => {
    renderWithServices(<HomeView />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('EU Police Cooperation Reference');
    expect(within(screen.getByRole('region', { name: 'Overview' })).getByRole('link')).toHaveAttribute(
      'href',
      '#/doc/overview',
    );
    const sections = within(screen.getByRole('region', { name: 'Sections' })).getAllByRole('listitem');
    expect(sections.map((li) => li.querySelector('a')?.textContent)).toEqual([
      'Information exchange between law enforcement authorities',
      'EU agencies and bodies',
    ]);
    expect(sections[0]).toHaveTextContent('4 documents');
    expect(screen.getByRole('region', { name: 'Recently viewed' })).toHaveTextContent('Pages you open appear here.');
    expect(screen.getByRole('region', { name: 'Bookmarks' })).toBeInTheDocument();
  });

  it('lists recently viewed pages newest first, once each, skipping pages no longer in the bundle', () => {
    recordRecentPage({ kind: 'doc', id: 'spoc-body' });
    recordRecentPage({ kind: 'term', id: 'europol' });
    recordRecentPage({ kind: 'doc', id: 'gone' });
    recordRecentPage({ kind: 'doc', id: 'spoc-body' });
    renderWithServices(<HomeView />);
    const recent = within(screen.getByRole('region', { name: 'Recently viewed' })).getAllByRole('link');
    expect(recent.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['SPOC', '#/doc/spoc-body'],
      ['Europol', '#/term/europol'],
    ]);
  });

  it('ignores a corrupt recent list', () => {
    window.localStorage.setItem('polcoop:recent', '{"not":"a list"');
    renderWithServices(<HomeView />);
    expect(screen.getByRole('region', { name: 'Recently viewed' })).toHaveTextContent('Pages you open appear here.');
  });
});
