import { useState, type ReactNode } from 'react';
import type { SectionDocument } from '../../content/model/bundle-schema';
import { documentHref } from '../../content/model/links';
import type { StandingKey } from '../../content/model/standing';
import { useBundle } from '../bundle/bundle-context';
import { useLanguage } from '../language/language-context';
import { compareHref, glossaryHref, mapHref, viewHref, type Route } from '../routes';
import { texts } from '../texts/active-texts';
import { StatusBadge } from '../views/status-badge';
import { filterInstruments } from './instrument-filter';

/** Standings the instrument list leaves unmarked, so the badges there flag only what needs a second look. */
const QUIET_STANDINGS: ReadonlySet<StandingKey> = new Set(['in-force', 'amended']);

const t = texts.sidebar;

function current(active: boolean): 'page' | undefined {
  return active ? 'page' : undefined;
}

function SectionTree({ ids, route }: { ids: readonly string[]; route: Route }) {
  const { documents } = useBundle();
  const sections = ids
    .map((id) => documents.get(id))
    .filter((d): d is SectionDocument => d?.kind === 'section')
    .sort((a, b) => a.order - b.order);
  return (
    <ul>
      {sections.map((s) => (
        <li key={s.id}>
          <a href={documentHref(s.id)} aria-current={current(route.name === 'doc' && route.id === s.id)}>
            {s.title}
          </a>
          {s.children.length > 0 && <SectionTree ids={s.children} route={route} />}
        </li>
      ))}
    </ul>
  );
}

/**
 * The sidebar: main views, the sections tree and the instrument list with a filter, scrolling on its own, and
 * `resizer` at its edge, inside the navigation landmark so that no part of the page sits outside a landmark.
 */
export function Sidebar({ route, resizer }: { route: Route; resizer?: ReactNode }) {
  const { bundle, instruments } = useBundle();
  const [filter, setFilter] = useState('');
  const { translations } = useLanguage();
  const shown = filterInstruments(instruments, filter, translations);
  const topSections = bundle.documents.filter((d) => d.kind === 'section' && !d.parent).map((d) => d.id);
  return (
    <nav className="sidebar" aria-label={t.label}>
      <div className="sidebar-content">
        <ul className="main-views">
          <li>
            <a href={viewHref('home')} aria-current={current(route.name === 'home')}>
              {t.home}
            </a>
          </li>
          <li>
            <a href={glossaryHref()} aria-current={current(route.name === 'glossary' || route.name === 'term')}>
              {t.glossary}
            </a>
          </li>
          <li>
            <a href={compareHref([])} aria-current={current(route.name === 'compare')}>
              {t.compare}
            </a>
          </li>
          <li>
            <a href={mapHref()} aria-current={current(route.name === 'map' || route.name === 'border')}>
              {texts.country.countries}
            </a>
          </li>
          <li>
            <a href={viewHref('timeline')} aria-current={current(route.name === 'timeline')}>
              {t.timeline}
            </a>
          </li>
          <li>
            <a href={viewHref('briefing-pack')} aria-current={current(route.name === 'briefing-pack')}>
              {texts.briefing.composerTitle}
            </a>
          </li>
        </ul>
        <h2 id="sidebar-sections">{t.sections}</h2>
        <div className="section-tree">
          <SectionTree ids={topSections} route={route} />
        </div>
        <h2 id="sidebar-instruments">{t.instruments}</h2>
        <div className="filter-field">
          <label htmlFor="instrument-filter" className="visually-hidden">
            {t.filterLabel}
          </label>
          <input
            id="instrument-filter"
            type="search"
            placeholder={t.filterPlaceholder}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <span role="status" className="count">
            {t.count(shown.length, instruments.length)}
          </span>
        </div>
        <ul className="instrument-list" aria-labelledby="sidebar-instruments">
          {shown.map((doc) => (
            <li key={doc.id}>
              <a
                href={documentHref(doc.id)}
                title={doc.title}
                aria-current={current(route.name === 'doc' && route.id === doc.id)}
              >
                {doc.shortName}
              </a>
              {!QUIET_STANDINGS.has(doc.standing.key) && <StatusBadge standing={doc.standing} />}
            </li>
          ))}
        </ul>
      </div>
      {resizer}
    </nav>
  );
}
