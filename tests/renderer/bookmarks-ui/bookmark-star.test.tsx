import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../common/contract/ipc-api';
import { createReaderBundle } from '../../../renderer/bundle/bundle-context';
import { termContentHash } from '../../../renderer/bookmarks-ui/target-status';
import { useShellCommands } from '../../../renderer/commands/use-shell-commands';
import { DocumentView } from '../../../renderer/views/document-view';
import { TermView } from '../../../renderer/views/term-view';
import { fixtureBodies, fixtureBundle } from '../fixture-content';
import { renderWithServices } from '../render-with-services';
import { ok, testBookmarksApi } from './test-bookmarks';

const star = () => screen.findByRole('button', { name: 'Bookmark' });

/** The reader's handling of the menu commands and their keys, around a view (App does this for the real reader). */
function WithShellCommands({ children }: { children: ReactNode }) {
  useShellCommands();
  return children;
}

describe('BookmarkStar', () => {
  it('bookmarks a page with its title and content hash, and removes the bookmark again', async () => {
    const user = userEvent.setup();
    const api = testBookmarksApi();
    renderWithServices(<DocumentView id="swedish-framework-decision-2006-960" />, { bookmarks: api });
    await waitFor(async () => expect(await star()).toBeEnabled());
    expect(await star()).toHaveAttribute('aria-pressed', 'false');
    await user.click(await star());
    await waitFor(async () => expect(await star()).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.getByText('Bookmarked')).toHaveAttribute('role', 'status');
    const [saved] = (await ok(api.list())).bookmarks;
    const doc = fixtureBundle().documents.find((d) => d.id === 'swedish-framework-decision-2006-960');
    expect(saved).toMatchObject({
      title: doc?.title,
      target: { documentId: doc?.id, kind: 'instrument', contentHash: doc?.contentHash },
    });
    await user.click(await star());
    await waitFor(async () => expect(await star()).toHaveAttribute('aria-pressed', 'false'));
    expect((await ok(api.list())).bookmarks).toEqual([]);
  });

  it('toggles with Ctrl+D and Cmd+D from the keyboard, on a term too', async () => {
    const user = userEvent.setup();
    const api = testBookmarksApi();
    renderWithServices(
      <WithShellCommands>
        <TermView id="spoc" />
      </WithShellCommands>,
      { bookmarks: api },
    );
    await waitFor(async () => expect(await star()).toBeEnabled());
    await user.keyboard('{Control>}d{/Control}');
    await waitFor(async () => expect(await star()).toHaveAttribute('aria-pressed', 'true'));
    const term = createReaderBundle(fixtureBundle(), fixtureBodies()).terms.get('spoc');
    expect((await ok(api.list())).bookmarks[0]?.target).toEqual({
      documentId: 'spoc',
      kind: 'term',
      contentHash: term && termContentHash(term),
    });
    await user.keyboard('{Meta>}d{/Meta}');
    await waitFor(async () => expect(await star()).toHaveAttribute('aria-pressed', 'false'));
    expect((await ok(api.list())).bookmarks).toEqual([]);
  });

  it('answers Bookmark This Page from the menus as the star does, with the same feedback', async () => {
    const listeners = new Set<(payload: unknown) => void>();
    const events = buildEvents((_event, listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    });
    const api = testBookmarksApi();
    renderWithServices(
      <WithShellCommands>
        <DocumentView id="swedish-framework-decision-2006-960" />
      </WithShellCommands>,
      { bookmarks: api, events },
    );
    await waitFor(async () => expect(await star()).toBeEnabled());
    act(() => listeners.forEach((listener) => listener({ command: 'bookmark-this' })));
    await waitFor(async () => expect(await star()).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.getByText('Bookmarked')).toHaveAttribute('role', 'status');
    expect((await ok(api.list())).bookmarks.map((bookmark) => bookmark.target.documentId)).toEqual([
      'swedish-framework-decision-2006-960',
    ]);
  });

  it('is pressed for a page bookmarked earlier', async () => {
    const api = testBookmarksApi();
    await ok(api.add({ target: { documentId: 'overview', kind: 'page' }, title: 'Saved long ago' }));
    renderWithServices(<DocumentView id="overview" />, { bookmarks: api });
    await waitFor(async () => expect(await star()).toHaveAttribute('aria-pressed', 'true'));
  });
});
