import type { Term } from '../../content/model/bundle-schema';
import type { ReaderBundle } from '../bundle/bundle-context';
import { targetHash } from '../../common/bookmarks/bookmark-html-export';
import type { BookmarkTarget } from '../../common/bookmarks/bookmark-schema';

/** Where a bookmark's target stands in the loaded content. */
export type TargetStatus =
  | { state: 'present' | 'changed'; href: string; title: string; shortName: string; contentHash: string }
  | { state: 'missing' };

/** Terms carry no compiled hash: FNV-1a over what a term page shows stands in, so a changed definition is noticed too. */
export function termContentHash(term: Term): string {
  const text = JSON.stringify([term.term, term.abbreviations, term.expansion ?? '', term.definition]);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return `fnv1a:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** The current (official) title, short name and content hash of a target, or undefined when the loaded content does not have it. */
export function currentTarget(
  target: Pick<BookmarkTarget, 'documentId' | 'kind'>,
  reader: ReaderBundle,
): { title: string; shortName: string; contentHash: string } | undefined {
  if (target.kind === 'term') {
    const term = reader.terms.get(target.documentId);
    return term && { title: term.term, shortName: term.term, contentHash: termContentHash(term) };
  }
  const doc = reader.documents.get(target.documentId);
  return doc && { title: doc.title, shortName: doc.shortName || doc.title, contentHash: doc.contentHash };
}

/** Whether a bookmark's target is in this content version and whether it changed since it was saved. */
export function targetStatus(target: BookmarkTarget, reader: ReaderBundle): TargetStatus {
  const current = currentTarget(target, reader);
  if (!current) return { state: 'missing' };
  const changed = target.contentHash !== undefined && target.contentHash !== current.contentHash;
  return { state: changed ? 'changed' : 'present', href: targetHash(target), ...current };
}
