import type { SectionDocument, TaskDocument } from '../../content/model/bundle-schema';
import { documentHref, termHref } from '../../content/model/links';
import { HomeBookmarks } from '../bookmarks-ui/home-bookmarks';
import { useBundle } from '../bundle/bundle-context';
import { useLanguage } from '../language/language-context';
import { readRecentPages } from '../recent/recent-pages';
import { clockHref } from '../routes';
import { texts } from '../texts/active-texts';

const t = texts.home;

type RecentLink = { key: string; href: string; label: string; kind: string };

/** The start page: the tasks ("I need to..."), the overview, the sections, recently viewed pages and bookmarks. */
export function HomeView() {
  const { bundle, documents, terms } = useBundle();
  const { language } = useLanguage();
  const overview = documents.get('overview');
  const sections = bundle.documents
    .filter((d): d is SectionDocument => d.kind === 'section' && !d.parent)
    .sort((a, b) => a.order - b.order);
  const tasks = bundle.documents.filter((d): d is TaskDocument => d.kind === 'task');
  const recent = readRecentPages().flatMap((page): RecentLink[] => {
    if (page.kind === 'term') {
      const term = terms.get(page.id);
      return term
        ? [{ key: `term:${term.id}`, href: termHref(term.id), label: term.term, kind: texts.kinds.term }]
        : [];
    }
    const doc = documents.get(page.id);
    return doc
      ? [{ key: `doc:${doc.id}`, href: documentHref(doc.id), label: doc.shortName, kind: texts.kinds[doc.kind] }]
      : [];
  });
  return (
    <article className="home">
      {/* The bundle names itself in its own language; in another interface language the app's name in that language stands in. */}
      <h1>{language === bundle.language ? bundle.title : texts.appName}</h1>
      {tasks.length > 0 && (
        <section aria-labelledby="home-tasks" className="home-tasks">
          <h2 id="home-tasks">{t.tasks}</h2>
          <p className="muted">{t.tasksIntro}</p>
          <ul className="task-cards">
            {tasks.map((task) => (
              <li key={task.id}>
                <a href={documentHref(task.id)}>{task.title}</a>
              </li>
            ))}
          </ul>
          <p>
            <a href={clockHref()}>{t.clock}</a>
          </p>
        </section>
      )}
      {overview && (
        <section aria-labelledby="home-overview" className="home-overview">
          <h2 id="home-overview">{t.overview}</h2>
          <p>
            <a href={documentHref(overview.id)}>{overview.title}</a>: {overview.summary}
          </p>
        </section>
      )}
      <div className="home-columns">
        <section aria-labelledby="home-sections">
          <h2 id="home-sections">{t.sections}</h2>
          <ol className="section-cards">
            {sections.map((s) => (
              <li key={s.id}>
                <a href={documentHref(s.id)}>{s.title}</a>
                <span className="count">{t.documentsIn(s.members.length)}</span>
                <p>{s.summary}</p>
              </li>
            ))}
          </ol>
        </section>
        <div className="home-side">
          <section aria-labelledby="home-recent">
            <h2 id="home-recent">{t.recent}</h2>
            {recent.length === 0 ? (
              <p className="muted">{t.noRecent}</p>
            ) : (
              <ul className="member-list">
                {recent.map((r) => (
                  <li key={r.key}>
                    <a href={r.href}>{r.label}</a> <span className="muted">{r.kind}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="home-bookmarks">
            <h2 id="home-bookmarks">{t.bookmarks}</h2>
            <HomeBookmarks />
          </section>
        </div>
      </div>
    </article>
  );
}
