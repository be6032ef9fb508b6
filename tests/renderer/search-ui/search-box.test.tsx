import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchBox } from '../../../renderer/search-ui/search-box';
import { SearchClientContext } from '../../../renderer/search-ui/search-client-context';
import { fixtureSearchClient } from './fixture-search-client';

const client = fixtureSearchClient();

function box(initialQuery?: string, page?: string) {
  return (
    <SearchClientContext.Provider value={() => client}>
      <p>Page text</p>
      <SearchBox initialQuery={initialQuery} page={page} />
    </SearchClientContext.Provider>
  );
}

function renderBox(initialQuery?: string, page?: string) {
  return render(box(initialQuery, page));
}

const field = () => screen.getByRole('combobox', { name: 'Search the reference' });

describe('SearchBox', () => {
  beforeEach(() => {
    window.location.hash = '';
    localStorage.clear();
  });
  afterEach(cleanup);

  it('focuses on /, shows results as you type, and opens the one picked with the arrow keys and Enter', async () => {
    const user = userEvent.setup();
    renderBox();
    await user.keyboard('/');
    expect(field()).toHaveFocus();
    await user.keyboard('swedish');
    const first = await screen.findByRole('option', { name: /^Swedish Initiative/ });
    expect(field()).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    await user.keyboard('{ArrowDown}');
    expect(field()).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toBe(first);
    await user.keyboard('{Enter}');
    expect(window.location.hash).toMatch(/^#\/doc\/swedish-framework-decision-2006-960/);
    expect(field()).toHaveValue('');
    expect(field()).not.toHaveFocus();
    expect(screen.getByRole('listbox', { hidden: true })).not.toBeVisible();
  });

  it('marks the matched words in snippets and shows the best passage’s heading path', async () => {
    const user = userEvent.setup();
    renderBox();
    await user.click(field());
    await user.keyboard('eight hours');
    await screen.findAllByRole('option');
    const marks = [...document.querySelectorAll('.suggestion mark')].map((m) => m.textContent?.toLowerCase());
    expect(marks).toEqual(expect.arrayContaining(['eight', 'hours']));
    expect(document.querySelector('.suggestion .heading-path')?.textContent).toBeTruthy();
  });

  it('wraps from the last option back to the field, and Escape closes the list, then clears the field', async () => {
    const user = userEvent.setup();
    renderBox();
    await user.click(field());
    await user.keyboard('information');
    const options = await screen.findAllByRole('option');
    await user.keyboard('{ArrowUp}');
    expect(options.at(-1)).toHaveAttribute('aria-selected', 'true');
    expect(options.at(-1)).toHaveAccessibleName('All results for “information”');
    await user.keyboard('{ArrowDown}');
    expect(field()).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Escape}');
    expect(field()).toHaveAttribute('aria-expanded', 'false');
    expect(field()).toHaveValue('information');
    await user.keyboard('{Escape}');
    expect(field()).toHaveValue('');
  });

  it('opens all results on Enter and offers the search again as a recent one', async () => {
    const user = userEvent.setup();
    renderBox();
    await user.click(field());
    await user.keyboard('single point of contact{Enter}');
    expect(window.location.hash).toBe('#/search?q=single+point+of+contact');
    await user.clear(field());
    await user.click(field());
    const recent = await screen.findByRole('option', { name: 'single point of contact' });
    expect(screen.getByRole('listbox')).toHaveAccessibleName('Recent searches');
    await user.click(recent);
    expect(field()).toHaveValue('single point of contact');
    await screen.findByRole('option', { name: /All results/ });
  });

  it('says so when nothing matches, and follows the query of the search page shown', async () => {
    const user = userEvent.setup();
    const { rerender } = renderBox('prum', 'search prum');
    expect(field()).toHaveValue('prum');
    rerender(box('zzzzqqq', 'search zzzzqqq'));
    expect(field()).toHaveValue('zzzzqqq');
    await user.click(field());
    await waitFor(() => expect(screen.getByText('Nothing found for “zzzzqqq”.')).toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('No suggestions');
  });

  it('sends each typed query to the worker once, from the key handler, before the field re-renders', async () => {
    const user = userEvent.setup();
    const sent: string[] = [];
    const counting = {
      ...client,
      search: (channel: string, query: string, options?: Parameters<typeof client.search>[2]) => {
        sent.push(query);
        return client.search(channel, query, options);
      },
    };
    render(
      <SearchClientContext.Provider value={() => counting}>
        <SearchBox />
      </SearchClientContext.Provider>,
    );
    await user.click(field());
    await user.keyboard('sis');
    await screen.findByRole('option', { name: /All results/ });
    // Asked twice per query (handler, then the hook once rendered) but joined into one request by the client.
    expect(sent.filter((q) => q === 's')).toHaveLength(2);
    expect(sent.at(-1)).toBe('sis');
  });

  it('keeps the query while the results page is shown and empties it on any other page, and back again', async () => {
    const user = userEvent.setup();
    const { rerender } = renderBox('europol', 'search europol');
    await user.click(field());
    await user.keyboard(' agency');
    rerender(box('europol', 'search europol'));
    expect(field()).toHaveValue('europol agency');
    rerender(box('europol', 'search europol, kind instrument'));
    expect(field()).toHaveValue('europol');
    rerender(box('', 'doc europol'));
    expect(field()).toHaveValue('');
    await user.click(field());
    await user.keyboard('prum');
    rerender(box('', 'doc europol'));
    expect(field()).toHaveValue('prum');
    rerender(box('', 'term dna'));
    expect(field()).toHaveValue('');
    rerender(box('europol', 'search europol'));
    expect(field()).toHaveValue('europol');
  });

  it('cuts the echo of a very long query that finds nothing, the whole query on hover', async () => {
    const user = userEvent.setup();
    const query = `q${'z'.repeat(300)}`;
    renderBox(query, 'search long');
    await user.click(field());
    const empty = await screen.findByText(/^Nothing found for/);
    expect(empty.textContent).toBe(`Nothing found for “q${'z'.repeat(79)}…”.`);
    expect(empty).toHaveAttribute('title', query);
  });
});
