import type { ReviewTrail } from '../../../content/model/bundle-schema';
import type { BundleSourceRef } from '../../../content/model/bundle-source-ref-schema';
import type { SourceRef } from '../../../content/model/source-schemas';
import { definedFields } from './defined-fields';

/** Source review trail -> bundle: when the facts were checked, against what (at least one source), and what no source confirms (left out when none). */
export function reviewTrailFields(source: {
  checked: string;
  sources: SourceRef[];
  unverified: string[];
}): ReviewTrail {
  return {
    checked: source.checked,
    sources: source.sources.map(
      (s) =>
        definedFields({
          title: s.title,
          celex: s.celex,
          eli: s.eli,
          url: s.url,
          article: s.article,
          secondary: s.secondary,
        }) as BundleSourceRef,
    ),
    ...definedFields({ unverified: source.unverified.length > 0 ? source.unverified : undefined }),
  };
}
