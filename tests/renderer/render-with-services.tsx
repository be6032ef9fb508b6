import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import type { PolcoopApi, PolcoopEvents } from '../../common/contract/ipc-api';
import type { Bundle } from '../../content/model/bundle-schema';
import { ApiProvider } from '../../renderer/api/api-context';
import type { BookmarksApi } from '../../renderer/api/bookmarks-api';
import { BundleProvider } from '../../renderer/bundle/bundle-context';
import { createBookmarkState, type BookmarkState } from '../../renderer/bookmarks-ui/bookmark-state';
import { BookmarkStateContext } from '../../renderer/bookmarks-ui/bookmark-state-context';
import type { BodySource } from '../../renderer/bundle/document-bodies';
import { fixtureBodies, fixtureBundle } from './fixture-content';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

/** What a component test gives the view; anything left out is absent as in an edition without it. */
export interface TestServices {
  /** The content; the fixture bundle when left out. */
  bundle?: Bundle;
  /** Documents' bodies; the fixture's, every one already here, when left out. */
  bodies?: BodySource;
  /** The shell's API (app info, packs); none, as in the web edition, when left out. */
  api?: PolcoopApi;
  /** The shell's events (menu commands); none when left out. */
  events?: PolcoopEvents;
  /** A bookmark store of the test's own, with its own bookmark state; the app's shared state when left out. */
  bookmarks?: BookmarksApi;
}

/** Renders a view with the services the app gives its components: bundle, shell API and events, bookmark state. */
export function renderWithServices(
  view: ReactElement,
  services: TestServices = {},
): RenderResult & { bookmarkState?: BookmarkState } {
  const bookmarkState = services.bookmarks && createBookmarkState(services.bookmarks);
  const withBookmarks = bookmarkState ? (
    <BookmarkStateContext.Provider value={() => bookmarkState}>{view}</BookmarkStateContext.Provider>
  ) : (
    view
  );
  const result = render(
    <ApiProvider services={{ api: services.api, events: services.events }}>
      <BundleProvider bundle={services.bundle ?? fixtureBundle()} bodies={services.bodies ?? fixtureBodies()}>
        {withBookmarks}
      </BundleProvider>
    </ApiProvider>,
  );
  return { ...result, ...(bookmarkState ? { bookmarkState } : {}) };
}
