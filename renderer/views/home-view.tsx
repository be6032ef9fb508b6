import type { Bundle } from '../../content/model/bundle-schema';
import { documentHref } from '../../content/model/links';

/** The start page: the overview and the list of sections. */
export function HomeView({ bundle }: { bundle: Bundle }) {
  const overview = bundle.documents.find((d) => d.id === 'overview');
  const sections = bundle.documents.filter((d) => d.kind === 'section').sort((a, b) => a.order - b.order);
  return (
    <article>
      <h1>{bundle.title}</h1>
      {overview && (
        <p>
          <a href={documentHref(overview.id)}>{overview.title}</a>: {overview.summary}
        </p>
      )}
      <h2>Sections</h2>
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={documentHref(s.id)}>{s.title}</a>
          </li>
        ))}
      </ul>
    </article>
  );
}
