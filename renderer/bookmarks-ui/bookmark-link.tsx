import { useId } from 'react';
import type { BookmarkLabel } from './bookmark-label';

/**
 * A bookmark's name, linked to its target: the official title shows on hover (title) and, for the keyboard, under
 * the name while the link has focus; screen readers hear it as the link's description.
 */
export function BookmarkLink({ href, label }: { href: string; label: BookmarkLabel }) {
  const id = useId();
  return (
    <>
      <a href={href} title={label.official} aria-describedby={label.official ? id : undefined}>
        {label.text}
      </a>
      {label.official && (
        <span id={id} className="bookmark-official">
          {label.official}
        </span>
      )}
    </>
  );
}
