import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildEvents, type PolcoopEvents } from '../../common/contract/ipc-api';
import { ApiProvider } from '../../renderer/api/api-context';
import { App as ReaderApp } from '../../renderer/app';
import { loadBundle } from '../../renderer/bundle/load-bundle';
import type { SearchClient } from '../../renderer/search-ui/search-client';
import { SearchClientContext } from '../../renderer/search-ui/search-client-context';
import { fixtureBundle } from './fixture-content';

function serveBundle(body: unknown = fixtureBundle()) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) =>
      path === 'bundle/bundle.json'
        ? new Response(JSON.stringify(body))
        : new Response('', { status: 404, statusText: 'Not Found' }),
    ),
  );
}

async function navigate(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

// The search UI has its own tests; here it only needs a client that never answers, instead of a worker.
const quietSearch: SearchClient = {
  ready: new Promise(() => undefined),
  search: async () => null,
  addIndex: () => undefined,
};

/** Loads the served bundle as the app's entry does, then renders the reader over it (with the shell's events, if given). */
async function renderApp(events?: PolcoopEvents) {
  const loaded = await loadBundle();
  return render(
    <ApiProvider services={{ api: undefined, events }}>
      <SearchClientContext.Provider value={() => quietSearch}>
        <ReaderApp loaded={loaded} />
      </SearchClientContext.Provider>
    </ApiProvider>,
  );
}

/** The shell's menus as the page hears them: `send` delivers a command as the preload would. */
function menus() {
  const listeners = new Set<(payload: unknown) => void>();
  const events = buildEvents((_event, listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  });
  return { events, send: (command: string) => act(() => listeners.forEach((listener) => listener({ command }))) };
}

const heading = () => screen.getByRole('heading', { level: 1 });

describe('App', () => {
  beforeEach(async () => {
    window.localStorage.clear();
    window.history.replaceState(null, '', '#/');
    serveBundle();
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.style.fontSize = '';
  });

  it('shows the layout landmarks and the home page once the bundle is loaded', async () => {
    await renderApp();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'EU Police Cooperation Reference' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Reference contents' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Content 2026.1.0 of 2026-01-15');
  });

  it('says clearly when the bundle cannot be loaded', async () => {
    serveBundle({ format: 99 });
    await renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('The reference could not be loaded');
  });

  it('routes every view by hash and marks the current page in the sidebar', async () => {
    await renderApp();
    await screen.findByRole('navigation', { name: 'Reference contents' });
    await navigate('#/doc/swedish-framework-decision-2006-960');
    expect(heading()).toHaveTextContent('2006/960/JHA');
    expect(
      within(screen.getByRole('navigation', { name: 'Reference contents' })).getByRole('link', {
        name: 'Swedish Framework Decision',
      }),
    ).toHaveAttribute('aria-current', 'page');
    await navigate('#/term/spoc');
    expect(heading()).toHaveTextContent('Single Point of Contact');
    await navigate('#/glossary/S');
    expect(heading()).toHaveTextContent('Glossary');
    await navigate('#/about');
    expect(heading()).toHaveTextContent('About this reference');
    await navigate('#/bookmarks');
    expect(heading()).toHaveTextContent('Bookmarks');
    await navigate('#/nowhere/at/all');
    expect(heading()).toHaveTextContent('EU Police Cooperation Reference');
  });

  it('goes back with Alt+Left and forward with Alt+Right, and moves focus to the new page heading', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(await screen.findByRole('link', { name: 'Information Exchange Directive' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Directive (EU) 2023/977'));
    await waitFor(() => expect(heading()).toHaveFocus());
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await waitFor(() => expect(heading()).toHaveTextContent('EU Police Cooperation Reference'));
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await waitFor(() => expect(heading()).toHaveTextContent('Directive (EU) 2023/977'));
  });

  it('goes back with the top bar button and the mouse back button', async () => {
    const user = userEvent.setup();
    await renderApp();
    await screen.findByRole('navigation', { name: 'Reference contents' });
    await navigate('#/glossary');
    await navigate('#/term/europol');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Glossary'));
    fireEvent.mouseUp(window, { button: 3 });
    await waitFor(() => expect(heading()).toHaveTextContent('EU Police Cooperation Reference'));
    fireEvent.mouseUp(window, { button: 4 });
    await waitFor(() => expect(heading()).toHaveTextContent('Glossary'));
  });

  it('restores the scroll position on back and starts new pages at the top', async () => {
    await renderApp();
    await screen.findByRole('navigation', { name: 'Reference contents' });
    await navigate('#/glossary');
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 640 });
    fireEvent.scroll(window);
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await navigate('#/term/europol');
    expect(window.scrollTo).toHaveBeenLastCalledWith(0, 0);
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 0 });
    await act(async () => window.history.back());
    await waitFor(() => expect(heading()).toHaveTextContent('Glossary'));
    expect(window.scrollTo).toHaveBeenLastCalledWith(0, 640);
  });

  it("keeps the reader's place when an instrument is ticked in the compare picker", async () => {
    const user = userEvent.setup();
    await renderApp();
    await screen.findByRole('navigation', { name: 'Reference contents' });
    await navigate('#/compare');
    expect(heading()).toHaveTextContent('Compare instruments');
    vi.mocked(window.scrollTo).mockClear();
    const box = screen.getByRole('checkbox', { name: /Swedish Framework Decision/ });
    await user.click(box);
    await navigate(window.location.hash);
    await user.click(screen.getByRole('checkbox', { name: /Information Exchange Directive/ }));
    await navigate(window.location.hash);
    expect(window.location.hash).toBe(
      '#/compare?ids=swedish-framework-decision-2006-960,info-exchange-directive-2023-977',
    );
    expect(screen.getByRole('table', { name: 'Instruments side by side' })).toBeInTheDocument();
    expect(window.scrollTo).not.toHaveBeenCalled();
    expect(screen.getByRole('checkbox', { name: /Information Exchange Directive/ })).toHaveFocus();
    await navigate('#/glossary');
    expect(window.scrollTo).toHaveBeenLastCalledWith(0, 0);
  });

  it('says why Bookmark This Page from the menus does nothing on the home page, until the reader moves on', async () => {
    const shell = menus();
    await renderApp(shell.events);
    await screen.findByRole('navigation', { name: 'Reference contents' });
    const notice = () => screen.getByText(/Nothing to bookmark here/);
    shell.send('bookmark-this');
    expect(notice()).toHaveAttribute('role', 'status');
    expect(notice()).toHaveTextContent('Nothing to bookmark here: open a page or a glossary term, then bookmark it.');
    await navigate('#/doc/overview');
    expect(screen.queryByText(/Nothing to bookmark here/)).toBeNull();
    shell.send('bookmark-this');
    expect(screen.queryByText(/Nothing to bookmark here/)).toBeNull();
  });

  it('records opened pages as recently viewed on the home page', async () => {
    await renderApp();
    await screen.findByRole('navigation', { name: 'Reference contents' });
    await navigate('#/doc/spoc-body');
    await navigate('#/');
    expect(within(screen.getByRole('region', { name: 'Recently viewed' })).getByRole('link')).toHaveTextContent('SPOC');
  });

  it('filters the sidebar instrument list as you type and announces the count', async () => {
    const user = userEvent.setup();
    await renderApp();
    const filter = await screen.findByRole('searchbox', { name: 'Filter instruments' });
    const list = () =>
      within(screen.getByRole('list', { name: 'Instruments' }))
        .getAllByRole('link')
        .map((a) => a.textContent);
    expect(list()).toEqual(['Information Exchange Directive', 'Swedish Framework Decision']);
    await user.type(filter, '32006F');
    expect(list()).toEqual(['Swedish Framework Decision']);
    expect(screen.getByText('1 of 2 instruments')).toHaveAttribute('role', 'status');
  });

  it('resizes the sidebar with the keyboard and remembers the width', async () => {
    const user = userEvent.setup();
    const { container } = await renderApp();
    const separator = await screen.findByRole('separator', { name: 'Resize the sidebar' });
    separator.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(separator).toHaveAttribute('aria-valuenow', '320');
    expect((container.querySelector('.app') as HTMLElement).style.getPropertyValue('--sidebar-width')).toBe('320px');
    await user.keyboard('{End}');
    expect(separator).toHaveAttribute('aria-valuenow', '560');
    cleanup();
    await renderApp();
    expect(await screen.findByRole('separator', { name: 'Resize the sidebar' })).toHaveAttribute(
      'aria-valuenow',
      '560',
    );
  });

  it('changes the theme in Settings, applies it to the page and remembers it', async () => {
    const user = userEvent.setup();
    await renderApp();
    expect(document.documentElement.dataset.theme).toBe('system');
    const settings = await screen.findByRole('button', { name: 'Settings' });
    await user.click(settings);
    expect(settings).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.click(screen.getByRole('button', { name: 'Larger' }));
    expect(document.documentElement.style.fontSize).toBe('110%');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('radio', { name: 'Dark' })).toBeNull();
    expect(settings).toHaveFocus();
    cleanup();
    await renderApp();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('changes the text size with Ctrl +, Ctrl − and Ctrl 0, and remembers it', async () => {
    const user = userEvent.setup();
    await renderApp();
    await screen.findByRole('navigation', { name: 'Reference contents' });
    await user.keyboard('{Control>}={/Control}{Control>}={/Control}');
    expect(document.documentElement.style.fontSize).toBe('120%');
    await user.keyboard('{Control>}-{/Control}');
    expect(document.documentElement.style.fontSize).toBe('110%');
    cleanup();
    await renderApp();
    expect(document.documentElement.style.fontSize).toBe('110%');
    await user.keyboard('{Control>}0{/Control}');
    expect(document.documentElement.style.fontSize).toBe('100%');
  });

  it('ignores a stored theme or size it does not know', async () => {
    window.localStorage.setItem('polcoop:theme', '"purple"');
    window.localStorage.setItem('polcoop:font-size', '9000');
    await renderApp();
    await screen.findByRole('navigation', { name: 'Reference contents' });
    expect(document.documentElement.dataset.theme).toBe('system');
    expect(document.documentElement.style.fontSize).toBe('100%');
  });
});
