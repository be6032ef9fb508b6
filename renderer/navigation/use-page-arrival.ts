import { useEffect, useLayoutEffect, useRef } from 'react';

type EntryState = { polcoopScrollKey?: string } | null;

let entries = 0;

function entryKey(): string | undefined {
  return (window.history.state as EntryState)?.polcoopScrollKey;
}

function isTyping(element: Element | null): boolean {
  // Search-as-you-type changes the route; taking focus away from the field would eat keystrokes.
  return !!element?.closest('input, textarea, select, [role="dialog"], [role="combobox"]');
}

/**
 * On every route change: back/forward restores the scroll position the page had, a new visit goes to its
 * anchor or the top, and focus moves to the new page's heading so screen readers and arrow keys follow.
 * A new route that shows the same `page` (a choice made on it, such as a comparison's ticks, which the URL records
 * so Back undoes it) keeps the reader's place and focus.
 */
export function usePageArrival(hash: string, anchor: string | undefined, ready: boolean, page: string = hash): void {
  const positions = useRef(new Map<string, number>());
  const current = useRef<string | undefined>(undefined);
  const first = useRef(true);
  const shownPage = useRef<string | undefined>(undefined);

  useEffect(() => {
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => current.current && positions.current.set(current.current, window.scrollY));
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, []);

  useLayoutEffect(() => {
    if (!ready) return;
    let key = entryKey();
    const saved = key === undefined ? undefined : positions.current.get(key);
    if (key === undefined) {
      // Unique within the session, and history entries do not outlive it.
      key = `${Date.now().toString(36)}-${(entries += 1)}`;
      window.history.replaceState({ ...(window.history.state as object | null), polcoopScrollKey: key }, '');
    }
    current.current = key;
    const samePage = shownPage.current === page;
    shownPage.current = page;
    if (samePage && saved === undefined && !anchor) return;
    const target = anchor ? document.getElementById(anchor) : null;
    if (saved !== undefined) window.scrollTo(0, saved);
    else if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
    if (first.current) {
      first.current = false;
      return;
    }
    if (isTyping(document.activeElement)) return;
    const heading = (saved === undefined ? target : null) ?? document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [hash, anchor, ready, page]);
}
