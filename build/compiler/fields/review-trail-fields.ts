import type { BundleSourceRef, ReviewTrail } from '../../../content/model/bundle-schema';
import type { SourceRef } from '../../../content/model/source-schemas';
import { definedFields } from './defined-fields';

/** Source review trail -> bundle: when the facts were checked, against what, and what no source confirms (empty lists left out). */
export function reviewTrailFields(source: {
  checked?: string | undefined;
  sources: SourceRef[];
  unverified: string[];
}): ReviewTrail {
  return definedFields({
    checked: source.checked,
    sources:
      source.sources.length > 0
        ? source.sources.map(
            (s) =>
              definedFields({
                title: s.title,
                celex: s.celex,
                eli: s.eli,
                url: s.url,
                article: s.article,
                secondary: s.secondary,
              }) as BundleSourceRef,
          )
        : undefined,
    unverified: source.unverified.length > 0 ? source.unverified : undefined,
  });
}
