import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '../../../common/contract/ipc-contract';
import type { BookmarksApi } from '../../../renderer/api/bookmarks-api';
import { BookmarksView } from '../../../renderer/views/bookmarks-view';
import { ok, testBookmarksApi } from '../bookmarks-ui/test-bookmarks';
import { fixtureBundle } from '../fixture-content';
import { renderWithServices } from '../render-with-services';

const SWEDISH = 'swedish-framework-decision-2006-960';
/** The instrument as it stands in the content, with the hash the compiler gave it. */
const instrument = {
  documentId: SWEDISH,
  kind: 'instrument' as const,
  contentHash: fixtureBundle().documents.find((d) => d.id === SWEDISH)?.contentHash,
};
const list = () => screen.findByRole('list', { name: 'Bookmarks' });
const titles = async () =>
  [...(await list()).querySelectorAll('.bookmark-title')].map((title) => title.firstChild?.textContent);

async function seeded(): Promise<BookmarksApi> {
  const api = testBookmarksApi();
  await ok(
    api.add({
      target: instrument,
      title: 'Swedish Framework Decision',
      tags: ['exchange'],
      note: 'Ask the SPOC first',
    }),
  );
  await ok(api.add({ target: { documentId: 'spoc', kind: 'term' }, title: 'SPOC term' }));
  await ok(api.add({ target: { documentId: 'overview', kind: 'page' }, title: 'Overview' }));
  return api;
}

describe('BookmarksView', () => {
  beforeEach(() => window.sessionStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('searches titles, notes and tags, and sorts by title', async () => {
    const user = userEvent.setup();
    renderWithServices(<BookmarksView />, { bookmarks: await seeded() });
    await list();
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Title');
    expect(await titles()).toEqual(['Overview', 'SPOC term', 'Swedish Framework Decision']);
    await user.type(screen.getByLabelText('Search bookmarks'), 'spoc');
    expect(await titles()).toEqual(['SPOC term', 'Swedish Framework Decision']);
    expect(screen.getByText('2 of 3 bookmarks')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Search bookmarks'));
    await user.type(screen.getByLabelText('Search bookmarks'), 'exchange');
    expect(await titles()).toEqual(['Swedish Framework Decision']);
    await user.type(screen.getByLabelText('Search bookmarks'), ' nothing');
    expect(await screen.findByText('No bookmark matches.')).toBeInTheDocument();
  });

  it('creates, renames, nests and reorders folders by keyboard, and filters by folder', async () => {
    const user = userEvent.setup();
    const api = await seeded();
    renderWithServices(<BookmarksView />, { bookmarks: api });
    await list();
    const folders = screen.getByRole('navigation', { name: 'Folders' });
    for (const name of ['Cases', 'Travel']) {
      await user.click(within(folders).getByRole('button', { name: 'New folder' }));
      await user.keyboard(name);
      await user.click(within(folders).getByRole('button', { name: 'Create folder' }));
      await within(folders).findByRole('button', { name: new RegExp(`^${name}`) });
    }
    await user.click(within(folders).getByRole('button', { name: 'Move Travel up' }));
    await waitFor(async () => expect((await ok(api.list())).folders.map((f) => f.name)).toEqual(['Travel', 'Cases']));

    await user.click(within(folders).getByRole('button', { name: 'Rename Cases' }));
    await user.selectOptions(within(folders).getByLabelText('Inside'), 'Travel');
    const name = within(folders).getByLabelText('Folder name');
    await user.clear(name);
    await user.type(name, 'Open cases{Enter}');
    await waitFor(async () =>
      expect((await ok(api.list())).folders).toEqual([
        expect.objectContaining({ name: 'Travel', parentId: null }),
        expect.objectContaining({ name: 'Open cases', parentId: expect.any(String) }),
      ]),
    );

    // Move one bookmark into the subfolder; the parent folder's filter shows it too.
    await user.click(screen.getByRole('checkbox', { name: 'Select Overview' }));
    await user.selectOptions(screen.getByLabelText('Move to'), 'Travel / Open cases');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    expect(await screen.findByText('Moved 1 bookmark.')).toBeInTheDocument();
    await user.click(within(folders).getByRole('button', { name: /^Travel/ }));
    expect(await titles()).toEqual(['Overview']);
    await user.click(within(folders).getByRole('button', { name: /^Not in a folder/ }));
    expect((await titles()).sort()).toEqual(['SPOC term', 'Swedish Framework Decision']);
  });

  it('shows the store message when a folder change is refused', async () => {
    const user = userEvent.setup();
    const api = await seeded();
    await ok(api.addFolder({ name: 'Cases' }));
    renderWithServices(<BookmarksView />, { bookmarks: api });
    const folders = await screen.findByRole('navigation', { name: 'Folders' });
    await user.click(within(folders).getByRole('button', { name: 'New folder' }));
    await user.keyboard('cases{Enter}');
    expect(await within(folders).findByRole('alert')).toHaveTextContent('a folder named "cases" already exists there');
  });

  it('deletes several bookmarks at once and undoes it', async () => {
    const user = userEvent.setup();
    const api = await seeded();
    renderWithServices(<BookmarksView />, { bookmarks: api });
    await list();
    await user.click(screen.getByRole('checkbox', { name: 'Select Overview' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select SPOC term' }));
    expect(screen.getByRole('group', { name: '2 bookmarks selected' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/Deleted 2 bookmarks\./)).toBeInTheDocument();
    expect(await titles()).toEqual(['Swedish Framework Decision']);
    expect((await ok(api.list())).bookmarks).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/Restored 2 bookmarks\./)).toBeInTheDocument();
    expect((await ok(api.list())).bookmarks.map((b) => b.title).sort()).toEqual([
      'Overview',
      'SPOC term',
      'Swedish Framework Decision',
    ]);
  });

  it('selects all shown with one checkbox', async () => {
    const user = userEvent.setup();
    renderWithServices(<BookmarksView />, { bookmarks: await seeded() });
    await list();
    await user.click(screen.getByRole('checkbox', { name: 'Select all shown' }));
    expect(screen.getByRole('group', { name: '3 bookmarks selected' })).toBeInTheDocument();
  });

  it('keeps bookmarks whose target left the content, with their saved title, and marks changed targets until read', async () => {
    const user = userEvent.setup();
    const api = testBookmarksApi();
    await ok(api.add({ target: { documentId: 'repealed-long-ago', kind: 'instrument' }, title: 'Old Convention' }));
    await ok(api.add({ target: { ...instrument, contentHash: 'f'.repeat(64) }, title: 'Swedish Framework Decision' }));
    renderWithServices(<BookmarksView />, { bookmarks: api });
    const gone = (await screen.findByText('Old Convention')).closest('li') as HTMLElement;
    expect(within(gone).getByText('not in this content version')).toBeInTheDocument();
    expect(within(gone).queryByRole('link')).toBeNull();
    const changed = screen.getByRole('link', { name: 'Swedish Framework Decision' }).closest('li') as HTMLElement;
    expect(within(changed).getByText('changed since saved')).toBeInTheDocument();
    await user.click(within(changed).getByRole('button', { name: 'Mark as read' }));
    await waitFor(() => expect(within(changed).queryByText('changed since saved')).toBeNull());
    expect((await ok(api.list())).bookmarks[1]?.target.contentHash).toBe(instrument.contentHash);
  });

  it('edits title, tags and note, and renders HTML and script in them as text', async () => {
    const user = userEvent.setup();
    const api = await seeded();
    renderWithServices(<BookmarksView />, { bookmarks: api });
    await list();
    await user.click(screen.getByRole('button', { name: 'Edit Overview' }));
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, '<img src=x onerror=alert(1)>');
    await user.type(screen.getByLabelText('Tags (comma-separated)'), 'a, b ,a');
    await user.type(screen.getByLabelText('Note'), '<script>alert(2)</script>');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.getByText('<script>alert(2)</script>')).toBeInTheDocument();
    expect(document.querySelector('.bookmark-list img, .bookmark-list script')).toBeNull();
    expect((await ok(api.list())).bookmarks.find((b) => b.target.documentId === 'overview')?.tags).toEqual(['a', 'b']);
  });

  it('cancels an edit with Escape', async () => {
    const user = userEvent.setup();
    renderWithServices(<BookmarksView />, { bookmarks: await seeded() });
    await list();
    await user.click(screen.getByRole('button', { name: 'Edit Overview' }));
    await user.type(screen.getByLabelText('Title'), ' changed{Escape}');
    expect(screen.queryByLabelText('Title')).toBeNull();
    expect(await titles()).toContain('Overview');
  });

  it('shows the recovery notice once until dismissed', async () => {
    const user = userEvent.setup();
    const api = await seeded();
    const notice = {
      message: 'Your bookmarks file could not be read (not valid JSON). The last good copy was restored.',
      movedTo: 'bookmarks.unreadable-x.json',
    };
    const withNotice: BookmarksApi = {
      ...api,
      list: async () => {
        const result = await api.list();
        return result.ok ? { ok: true, value: { ...result.value, notice } } : result;
      },
    };
    const first = renderWithServices(<BookmarksView />, { bookmarks: withNotice });
    expect(await screen.findByRole('alert')).toHaveTextContent('The last good copy was restored.');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/last good copy/)).toBeNull();
    first.unmount();
    renderWithServices(<BookmarksView />, { bookmarks: withNotice });
    await list();
    expect(screen.queryByText(/last good copy/)).toBeNull();
  });

  it('exports JSON and HTML as file downloads', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:test'));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithServices(<BookmarksView />, { bookmarks: await seeded() });
    await list();
    await user.click(screen.getByRole('button', { name: 'Export (JSON)' }));
    expect(await screen.findByText(/^Saved polcoop-bookmarks-\d{4}-\d{2}-\d{2}\.json\.$/)).toBeInTheDocument();
    expect(JSON.parse(await (blobs[0] as Blob).text())).toMatchObject({
      format: 'polcoop-bookmarks',
      version: 2,
      bookmarks: expect.arrayContaining([expect.objectContaining({ note: 'Ask the SPOC first' })]),
    });
    await user.click(screen.getByRole('button', { name: 'Export (browser HTML)' }));
    expect(await (blobs[1] as Blob).text()).toMatch(
      /^<!DOCTYPE NETSCAPE-Bookmark-file-1>[\s\S]*#\/term\/spoc"[^>]*>SPOC term<\/A>/,
    );
    expect(click).toHaveBeenCalledTimes(2);
  });

  it('previews an import, then applies it; refusals change nothing and say why', async () => {
    const user = userEvent.setup();
    const source = await seeded();
    const exported = await ok(source.export({ format: 'json' }));
    const api = testBookmarksApi();
    await ok(api.add({ target: { documentId: 'overview', kind: 'page' }, title: 'Overview', note: 'mine' }));
    renderWithServices(<BookmarksView />, { bookmarks: api });
    await list();
    const input = screen.getByLabelText('Import a bookmarks file (JSON)');

    await user.upload(
      input,
      new File(['{"format":"polcoop-bookmarks","version":7}'], 'future.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(
        /^Nothing was imported: import refused, nothing was changed: bookmarks file version 7 is unknown/,
      ),
    ).toBeInTheDocument();
    await user.upload(input, new File(['x'.repeat(5 * 1024 * 1024 + 1)], 'huge.json', { type: 'application/json' }));
    expect(
      await screen.findByText('Nothing was imported: the file is 5.0 MB: files over 5 MB are refused'),
    ).toBeInTheDocument();
    await user.upload(
      input,
      new File(['{"__proto__":{"polluted":1},"format":"polcoop-bookmarks","version":2}'], 'evil.json', {
        type: 'application/json',
      }),
    );
    expect(await screen.findByText(/forbidden key "__proto__"/)).toBeInTheDocument();
    expect((await ok(api.list())).bookmarks).toHaveLength(1);

    await user.upload(input, new File([exported.content], exported.fileName, { type: 'application/json' }));
    expect(
      await screen.findByText('This import adds 2, merges 0 into existing bookmarks and skips 1 already here.'),
    ).toBeInTheDocument();
    expect((await ok(api.list())).bookmarks).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported: 2 added, 0 merged.')).toBeInTheDocument();
    expect(await titles()).toHaveLength(3);
  });

  it('says so when no store is available', async () => {
    const none: BookmarksApi = new Proxy({} as BookmarksApi, {
      get: () => async (): Promise<IpcResult<never>> => ({
        ok: false,
        error: { code: 'failed', message: 'bookmarks are not available: no store' },
      }),
    });
    renderWithServices(<BookmarksView />, { bookmarks: none });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Bookmarks could not be read: bookmarks are not available: no store',
    );
  });

  it("names a bookmark by its target's short name, with the official title on hover and as the link's description, and keeps a name the officer gave", async () => {
    const api = testBookmarksApi();
    const official = 'Council Framework Decision 2006/960/JHA on simplifying the exchange of information';
    await ok(api.add({ target: instrument, title: official }));
    await ok(
      api.add({
        target: { documentId: 'info-exchange-directive-2023-977', kind: 'instrument' },
        title: 'Our main rulebook',
      }),
    );
    await ok(api.add({ target: { documentId: 'spoc', kind: 'term' }, title: 'Single Point of Contact' }));
    renderWithServices(<BookmarksView />, { bookmarks: api });
    const saved = await screen.findByRole('link', { name: 'Swedish Framework Decision' });
    expect(saved).toHaveAttribute('title', official);
    expect(saved).toHaveAccessibleDescription(official);
    expect(screen.queryByRole('link', { name: official })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Select Swedish Framework Decision' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Our main rulebook' })).toHaveAttribute(
      'title',
      expect.stringMatching(/^Directive \(EU\) 2023\/977/),
    );
    const term = screen.getByRole('link', { name: 'Single Point of Contact' });
    expect(term).not.toHaveAttribute('title');
    expect(term).not.toHaveAccessibleDescription();
    await userEvent.setup().type(screen.getByLabelText('Search bookmarks'), 'swedish');
    expect(await titles()).toEqual(['Swedish Framework Decision']);
  });
});
