import type { ShellTexts } from '../texts/shell-texts-shape';
import { menuPath } from '../texts/shell-texts';
import type { PackPreview } from './pack-outcomes';

const LISTED = 8;

/** The confirmation text for an import, in the shell's language: what replaces what, the document counts, a downgrade warning and the bookmarks touched. */
export function previewSummary(preview: PackPreview, texts: ShellTexts): { message: string; detail: string } {
  const { changes, bookmarks } = preview;
  const t = texts.packs;
  const lines = [
    t.documentChanges(changes.added.length, changes.changed.length, changes.removed.length),
    ...(preview.downgrade ? ['', t.warning(preview.downgrade)] : []),
  ];
  if (bookmarks.length > 0) {
    lines.push('', t.bookmarksAffected(bookmarks.length));
    for (const bookmark of bookmarks.slice(0, LISTED))
      lines.push(`  ${bookmark.title} (${bookmark.change === 'removed' ? t.pageRemoved : t.pageChanged})`);
    if (bookmarks.length > LISTED) lines.push(`  ${t.andMore(bookmarks.length - LISTED)}`);
  }
  lines.push('', t.previousKept(menuPath(texts.menu.file, texts.menu.revertPack)));
  return {
    message: t.installQuestion(preview.version, preview.contentDate, preview.currentVersion),
    detail: lines.join('\n'),
  };
}
