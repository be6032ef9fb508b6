import { useEffect, useMemo, useState } from 'react';
import type { Bundle } from '../content/model/bundle-schema';
import type { AppInfo } from '../electron/ipc-contract';
import { polcoopApi } from './api/polcoop-client';
import { loadBundle, loadSearchIndex } from './bundle/load-bundle';
import { loadSearchEngine, type SearchEngine } from './search/search-engine';
import { useRoute } from './use-route';
import { DocumentView } from './views/document-view';
import { HomeView } from './views/home-view';
import { SearchBox } from './views/search-box';
import { SearchView } from './views/search-view';
import { TermView } from './views/term-view';

type Loaded = { bundle: Bundle; engine: SearchEngine };

/** The reader: loads the bundle and search index, then shows the page the route names. */
export function App() {
  const route = useRoute();
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const [info, setInfo] = useState<AppInfo>();

  useEffect(() => {
    Promise.all([loadBundle(), loadSearchIndex()])
      .then(([bundle, index]) => setLoaded({ bundle, engine: loadSearchEngine(index) }))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    void polcoopApi()
      ?.app.info()
      .then((result) => result.ok && setInfo(result.value));
  }, []);

  const documents = useMemo(() => new Map(loaded?.bundle.documents.map((d) => [d.id, d])), [loaded]);

  let main;
  if (error) main = <p role="alert">The reference could not be loaded: {error}</p>;
  else if (!loaded) main = <p>Loading…</p>;
  else if (route.name === 'doc') main = <DocumentView document={documents.get(route.id)} anchor={route.anchor} />;
  else if (route.name === 'term') main = <TermView term={loaded.bundle.terms.find((t) => t.id === route.id)} />;
  else if (route.name === 'search') main = <SearchView engine={loaded.engine} query={route.query} />;
  else main = <HomeView bundle={loaded.bundle} />;

  return (
    <>
      <header className="top-bar">
        <a className="brand" href="#/">
          EU Police Cooperation Reference
        </a>
        <SearchBox initial={route.name === 'search' ? route.query : ''} />
      </header>
      <main className="reading-pane">{main}</main>
      <footer className="status-bar">
        {loaded && `Content ${loaded.bundle.version} of ${loaded.bundle.contentDate}`}
        {info && ` · app ${info.appVersion}`}
      </footer>
    </>
  );
}
