import { statusSchema } from '../../content/model/status';
import { searchKindSchema } from '../../content/model/search-index-schema';
import type { FacetName } from '../search/query-parser';
import { texts } from '../texts/en';

/** How a facet value reads in the interface: kinds and statuses in words, topic ids with spaces. */
export function facetLabel(facet: FacetName, value: string): string {
  if (facet === 'kind') {
    const kind = searchKindSchema.safeParse(value);
    return kind.success ? texts.kinds[kind.data] : value;
  }
  if (facet === 'status') {
    const status = statusSchema.safeParse(value);
    return status.success ? texts.status[status.data] : value;
  }
  if (facet === 'topic') return value.replaceAll('-', ' ');
  return value;
}
