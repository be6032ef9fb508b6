import { lazy, Suspense } from 'react';
import { BriefingComposerView } from './briefing/briefing-composer-view';
import { CompareView } from './compare/compare-view';
import { BorderView } from './country/border-view';
import { CountryCompareView } from './country/country-compare-view';
import { ClockView } from './deadline/clock-view';
import type { Route } from './routes';
import { SearchResultsView } from './search-ui/search-results-view';
import { TimelineView } from './timeline/timeline-view';
import { AboutView } from './views/about-view';
import { BookmarksView } from './views/bookmarks-view';
import { DocumentView } from './views/document-view';
import { GlossaryView } from './views/glossary-view';
import { HomeView } from './views/home-view';
import { TermView } from './views/term-view';
import { WhatsNewView } from './whats-new/whats-new-view';
import { texts } from './texts/active-texts';

// The map's drawing and code load only when the map is opened, keeping them out of the start-up script.
const MapView = lazy(() => import('./country/map/map-view'));

/** The view a route names; `key` remounts it per page so local state (filters, tooltips) starts fresh. */
export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomeView />;
    case 'doc':
      return <DocumentView key={route.id} id={route.id} />;
    case 'term':
      return <TermView key={route.id} id={route.id} />;
    case 'glossary':
      return <GlossaryView letter={route.letter} />;
    case 'search':
      return <SearchResultsView query={route.query} filters={route.filters} />;
    case 'compare':
      return <CompareView ids={route.ids} />;
    case 'compare-countries':
      return <CountryCompareView ids={route.ids} />;
    case 'border':
      return <BorderView key={`${route.from}/${route.to}`} from={route.from} to={route.to} />;
    case 'map':
      return (
        <Suspense fallback={<p role="status">{texts.country.mapLoading}</p>}>
          <MapView by={route.by} />
        </Suspense>
      );
    case 'timeline':
      return <TimelineView />;
    case 'bookmarks':
      return <BookmarksView />;
    case 'about':
      return <AboutView />;
    case 'whats-new':
      return <WhatsNewView />;
    case 'clock':
      return <ClockView initial={route.state} />;
    case 'briefing-pack':
      return <BriefingComposerView />;
    case 'briefing':
      // App renders the print view on its own, without the reader's frame.
      return null;
  }
}
