import type { BundleSourceRef } from '../../content/model/bundle-source-ref-schema';
import { texts } from '../texts/active-texts';
import { sourceHref } from './source-href';

/** A source's title, linked to where it can be read; the link leaves the app only through the shell's confirm-then-open path. */
export function SourceLink({ source }: { source: BundleSourceRef }) {
  const href = sourceHref(source);
  if (!href) return <cite>{source.title}</cite>;
  return (
    <a className="source-link" href={href} target="_blank" rel="noreferrer noopener">
      <cite>{source.title}</cite>
      <span className="visually-hidden"> {texts.review.opensOutside}</span>
    </a>
  );
}
