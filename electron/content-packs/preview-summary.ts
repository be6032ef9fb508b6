import type { PackPreview } from './pack-outcomes';

const LISTED = 8;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The confirmation text for an import: what replaces what, the document counts, a downgrade warning and the bookmarks touched. */
export function previewSummary(preview: PackPreview): { message: string; detail: string } {
  const { changes, bookmarks } = preview;
  const lines = [
    `${plural(changes.added.length, 'document')} added, ${changes.changed.length} changed, ${changes.removed.length} removed.`,
    ...(preview.downgrade ? ['', `Warning: ${preview.downgrade}.`] : []),
  ];
  if (bookmarks.length > 0) {
    lines.push('', `${plural(bookmarks.length, 'bookmark')} affected:`);
    for (const bookmark of bookmarks.slice(0, LISTED))
      lines.push(`  ${bookmark.title} (${bookmark.change === 'removed' ? 'page removed' : 'page changed'})`);
    if (bookmarks.length > LISTED) lines.push(`  and ${bookmarks.length - LISTED} more`);
  }
  lines.push('', 'The previous content is kept: File > Revert to Previous Content goes back to it.');
  return {
    message: `Install content ${preview.version} (${preview.contentDate}) in place of ${preview.currentVersion}?`,
    detail: lines.join('\n'),
  };
}
