import { PAPER_SIZES, type Paper } from './briefing-request';

/** The briefing pack being composed: which pages, in what order, under what title. */
export interface PackDraft {
  ids: string[];
  title: string;
  subtitle: string;
  paper: Paper;
}

/** A pack with nothing in it yet. */
export const EMPTY_DRAFT: PackDraft = { ids: [], title: '', subtitle: '', paper: 'a4' };

/** A draft read back from storage, or undefined when what was stored is not one (the empty draft is used then). */
export function parsePackDraft(raw: unknown): PackDraft | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { ids, title, subtitle, paper } = raw as Record<string, unknown>;
  if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string')) return undefined;
  return {
    ids: [...new Set(ids)],
    title: typeof title === 'string' ? title : '',
    subtitle: typeof subtitle === 'string' ? subtitle : '',
    paper: PAPER_SIZES.find((size) => size === paper) ?? 'a4',
  };
}

/** The draft with `ids` added at the end, each page once. */
export function addToDraft(draft: PackDraft, ids: readonly string[]): PackDraft {
  return { ...draft, ids: [...new Set([...draft.ids, ...ids])] };
}

/** The draft with the item at `from` moved to `to` (both clamped to the list). */
export function moveInDraft(draft: PackDraft, from: number, to: number): PackDraft {
  const ids = [...draft.ids];
  const [moved] = ids.splice(from, 1);
  if (moved === undefined) return draft;
  ids.splice(Math.max(0, Math.min(to, ids.length)), 0, moved);
  return { ...draft, ids };
}

/** The draft without the item at `index`. */
export function removeFromDraft(draft: PackDraft, index: number): PackDraft {
  return { ...draft, ids: draft.ids.filter((_, at) => at !== index) };
}
