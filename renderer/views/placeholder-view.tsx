import { texts } from '../texts/en';

/** A view whose feature has not arrived yet: a heading and one plain sentence. */
export function PlaceholderView({ title }: { title: string }) {
  return (
    <article>
      <h1>{title}</h1>
      <p className="muted">{texts.placeholder(title)}</p>
    </article>
  );
}
