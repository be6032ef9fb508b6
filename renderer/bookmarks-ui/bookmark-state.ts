import type { IpcResult } from '../../common/contract/ipc-contract';
import type { BookmarksApi } from '../api/bookmarks-api';
import type { Bookmark, Folder, StoreNotice } from '../../common/bookmarks/bookmark-schema';
import { texts } from '../texts/active-texts';

/** What every bookmark component renders from: the list as the store last reported it. */
export interface BookmarkSnapshot {
  status: 'loading' | 'ready' | 'unavailable' | 'failed';
  folders: readonly Folder[];
  bookmarks: readonly Bookmark[];
  /** The store's recovery notice, until the officer dismisses it. */
  notice: StoreNotice | null;
  /** Why the list could not be read, when `status` is `failed`. */
  problem: string | null;
}

/** One shared view of the bookmark store: components subscribe, and every change re-reads the list so all of them agree. */
export interface BookmarkState {
  subscribe(listener: () => void): () => void;
  snapshot(): BookmarkSnapshot;
  refresh(): Promise<void>;
  /** Runs a store call, then re-reads the list; failures come back as values with the store's message. */
  run<T>(call: (api: BookmarksApi) => Promise<IpcResult<T>>): Promise<IpcResult<T>>;
  dismissNotice(): void;
}

const DISMISSED_KEY = 'polcoop:bookmark-notice-dismissed';

function dismissedNotice(): string | null {
  try {
    return window.sessionStorage.getItem(DISMISSED_KEY);
  } catch {
    return null;
  }
}

/** The state over one store, or over none (`undefined`: every call says bookmarks are unavailable). */
export function createBookmarkState(api: BookmarksApi | undefined): BookmarkState {
  let current: BookmarkSnapshot = {
    status: api ? 'loading' : 'unavailable',
    folders: [],
    bookmarks: [],
    notice: null,
    problem: null,
  };
  let started = false;
  const listeners = new Set<() => void>();
  const publish = (next: BookmarkSnapshot) => {
    current = next;
    for (const listener of listeners) listener();
  };

  async function refresh(): Promise<void> {
    if (!api) return;
    const result = await api.list();
    if (!result.ok) return publish({ ...current, status: 'failed', problem: result.error.message });
    const { folders, bookmarks, notice } = result.value;
    // The store repeats its notice on every list; it is shown until dismissed, and once dismissed not again this session.
    const shown = notice !== null && notice.message !== dismissedNotice() ? notice : null;
    publish({ status: 'ready', folders, bookmarks, notice: shown, problem: null });
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!started) {
        started = true;
        void refresh();
      }
      return () => listeners.delete(listener);
    },
    snapshot: () => current,
    refresh,
    async run(call) {
      if (!api) return { ok: false, error: { code: 'failed', message: texts.bookmarks.unavailable } };
      const result = await call(api);
      await refresh();
      return result;
    },
    dismissNotice() {
      if (current.notice === null) return;
      try {
        window.sessionStorage.setItem(DISMISSED_KEY, current.notice.message);
      } catch {
        // Without storage the notice may return after a reload, which is harmless.
      }
      publish({ ...current, notice: null });
    },
  };
}
