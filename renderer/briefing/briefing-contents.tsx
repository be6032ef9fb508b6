import { texts } from '../texts/active-texts';

/** One line of the contents: where it links and what it is called. */
export interface ContentsEntry {
  anchor: string;
  title: string;
}

/**
 * The contents, each line linked to where its item starts. The page column keeps its width whether or not the numbers
 * are known yet, so filling them in on the second rendering cannot move anything onto another sheet.
 */
export function BriefingContents({ entries, pages }: { entries: ContentsEntry[]; pages: number[] | undefined }) {
  return (
    <nav className="briefing-contents" aria-labelledby="briefing-contents-title">
      <p className="briefing-part-title" id="briefing-contents-title">
        {texts.briefing.contents}
      </p>
      <ol>
        {entries.map((entry, index) => (
          <li key={entry.anchor}>
            <a href={`#${entry.anchor}`}>
              <span className="contents-title">{entry.title}</span>
              <span
                className="contents-page"
                aria-label={pages ? `${texts.briefing.contentsPage} ${pages[index]}` : undefined}
              >
                {pages?.[index] ?? ''}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
