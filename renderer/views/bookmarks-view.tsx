import { texts } from '../texts/en';

/** Where bookmarks will be listed once the bookmark store is in the shell's API. */
export function BookmarksView() {
  return (
    <article>
      <h1>{texts.bookmarks.title}</h1>
      <p className="muted">{texts.bookmarks.empty}</p>
    </article>
  );
}
