import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { BriefingView } from './briefing/briefing-view';
import { BodyPrefetch } from './bundle/body-prefetch';
import { BundleProvider } from './bundle/bundle-context';
import { useCommand } from './commands/use-command';
import { useShellCommands } from './commands/use-shell-commands';
import type { BundleLoad } from './bundle/load-bundle';
import { Sidebar } from './layout/sidebar';
import { clampSidebarWidth, SidebarResizer } from './layout/sidebar-resizer';
import { StaleContentNotice } from './layout/stale-content-notice';
import { StatusBar } from './layout/status-bar';
import { TopBar } from './layout/top-bar';
import { useHistoryShortcuts } from './navigation/use-history-shortcuts';
import { usePageArrival } from './navigation/use-page-arrival';
import { recordRecentPage } from './recent/recent-pages';
import { PolicyBanner } from './policies/policy-banner';
import { RouteView } from './route-view';
import { CommandPalette } from './search-ui/command-palette';
import { SearchBox } from './search-ui/search-box';
import { useFontSize } from './settings/use-font-size';
import { useStoredState } from './settings/use-stored-state';
import { useTheme } from './settings/use-theme';
import { texts } from './texts/active-texts';
import { viewHref } from './routes';
import { useRoute } from './use-route';

const DEFAULT_SIDEBAR_WIDTH = 288;
const parseWidth = (raw: unknown) =>
  typeof raw === 'number' && Number.isFinite(raw) ? clampSidebarWidth(raw) : undefined;

/** The reader: top bar, sidebar and reading pane around the routed view, over a loaded bundle (or why it failed to load). */
export function App({ loaded }: { loaded: BundleLoad }) {
  const route = useRoute();
  const bundle = loaded.ok ? loaded.bundle : undefined;
  const [theme, setTheme] = useTheme();
  const [fontSize, setFontSize] = useFontSize();
  const [sidebarWidth, setSidebarWidth] = useStoredState('sidebar-width', parseWidth, DEFAULT_SIDEBAR_WIDTH);
  const main = useRef<HTMLElement>(null);
  const routeKey = JSON.stringify(route);

  const visited = route.name === 'doc' || route.name === 'term' ? { kind: route.name, id: route.id } : undefined;
  useEffect(() => {
    if (visited) recordRecentPage(visited);
  }, [visited?.kind, visited?.id]); // eslint-disable-line react-hooks/exhaustive-deps -- a new object each render, same page
  useHistoryShortcuts();
  // Bookmarks > Bookmark This Page where there is nothing to bookmark (home, search, lists) says so, until the next page.
  const [commandNotice, setCommandNotice] = useState<{ route: string; text: string }>();
  useShellCommands((command) => {
    if (command === 'bookmark-this')
      setCommandNotice({ route: routeKey, text: texts.bookmarks.star.nothingToBookmark });
  });
  // Bookmarks > Show Bookmarks, and its keys (Ctrl+Shift+O, Cmd+Alt+B).
  useCommand('show-bookmarks', () => {
    window.location.hash = viewHref('bookmarks');
  });
  // Ticking what to compare changes the route (Back undoes it) but not the page the reader is on.
  const page = route.name === 'compare' || route.name === 'compare-countries' ? route.name : routeKey;
  usePageArrival(routeKey, route.name === 'doc' ? route.anchor : undefined, bundle !== undefined, page);

  // The print view of a briefing pack stands alone: what it shows is what goes on paper.
  if (route.name === 'briefing' && loaded.ok)
    return (
      <BundleProvider bundle={loaded.bundle}>
        <BriefingView request={route.request} />
      </BundleProvider>
    );
  const topBar = (
    <TopBar
      search={<SearchBox initialQuery={route.name === 'search' ? route.query : ''} page={routeKey} />}
      theme={theme}
      onTheme={setTheme}
      fontSize={fontSize}
      onFontSize={setFontSize}
    />
  );
  const skipLink = (
    <button type="button" className="skip-link" onClick={() => main.current?.focus()}>
      {texts.skipToContent}
    </button>
  );
  return (
    <div className="app" style={{ '--sidebar-width': `${sidebarWidth}px` } as CSSProperties}>
      {skipLink}
      <PolicyBanner />
      {topBar}
      <p role="status" className="command-notice">
        {commandNotice?.route === routeKey ? commandNotice.text : ''}
      </p>
      {loaded.ok ? (
        <BundleProvider bundle={loaded.bundle}>
          <StaleContentNotice contentDate={loaded.bundle.contentDate} />
          <div className="layout">
            <Sidebar route={route} resizer={<SidebarResizer width={sidebarWidth} onResize={setSidebarWidth} />} />
            <main ref={main} tabIndex={-1} className="reading-pane">
              <RouteView route={route} />
            </main>
          </div>
          <CommandPalette />
          <BodyPrefetch />
        </BundleProvider>
      ) : (
        <main ref={main} tabIndex={-1} className="reading-pane">
          <p role="alert">{texts.loadFailed(loaded.message)}</p>
        </main>
      )}
      <StatusBar version={bundle?.version} contentDate={bundle?.contentDate} />
    </div>
  );
}
