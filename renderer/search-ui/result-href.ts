import { documentHref, termHref } from '../../content/model/links';
import type { SearchResult } from '../search/search-types';

/** Where a result leads: a term's page, or a document opened at its best passage's heading. */
export function resultHref(result: Pick<SearchResult, 'kind' | 'id' | 'anchor'>): string {
  return result.kind === 'term' ? termHref(result.id) : documentHref(result.id, result.anchor || undefined);
}
