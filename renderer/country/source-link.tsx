import type { BundleSourceRef } from '../../content/model/bundle-source-ref-schema';
import { texts } from '../texts/active-texts';
import { sourceHref } from '../views/source-href';

const t = texts.country;

/** A source by title, linked where it can be read (the shell asks before opening the system browser), marked when secondary. */
export function SourceLink({ source }: { source: BundleSourceRef }) {
  const href = sourceHref(source);
  const label = [source.title, source.article].filter(Boolean).join(', ');
  return (
    <>
      {href ? (
        <a href={href} rel="noreferrer" className="source-link">
          {label}
        </a>
      ) : (
        label
      )}
      {source.secondary && <span className="secondary-source"> ({t.secondary})</span>}
    </>
  );
}
