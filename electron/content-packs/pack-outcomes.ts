import type { ContentChanges } from '../../common/contract/pack-schema';

/** A bookmark whose target changes or disappears with the new content. */
export interface AffectedBookmark {
  id: string;
  title: string;
  documentId: string;
  change: 'changed' | 'removed';
}

/** What importing a verified pack would do, for the user to confirm in the shell's dialog; `token` names the staged pack. */
export interface PackPreview {
  token: string;
  version: string;
  contentDate: string;
  currentVersion: string;
  /** Set when the pack is not newer than the content in use: installing it needs the user's explicit confirmation. */
  downgrade: string | null;
  changes: ContentChanges;
  bookmarks: AffectedBookmark[];
}

/** A pack refused (with the reason), or ready to install. */
export type PackPreviewResult = { outcome: 'refused'; reason: string } | { outcome: 'ready'; preview: PackPreview };

/** The content switched to (the shell restarts onto it), or why not. */
export type PackSwitchResult = { outcome: 'switched'; version: string } | { outcome: 'refused'; reason: string };
