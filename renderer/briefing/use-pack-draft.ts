import { useStoredState } from '../settings/use-stored-state';
import { EMPTY_DRAFT, parsePackDraft, type PackDraft } from './pack-draft';

/**
 * The pack being composed, kept in the page's storage like the other reading state: a working list of ids that any
 * edition can keep without the shell. What must last is kept as bookmark folders, from which a pack is quickly rebuilt.
 */
export function usePackDraft(): [PackDraft, (draft: PackDraft) => void] {
  return useStoredState('briefing-pack', parsePackDraft, EMPTY_DRAFT);
}
