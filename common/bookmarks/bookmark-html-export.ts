import type { Bookmark, BookmarkDocument, BookmarkTarget, Folder } from './bookmark-schema';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function seconds(timestamp: string): number {
  return Math.floor(Date.parse(timestamp) / 1000);
}

/** The reader's hash route for a target (see renderer/routes.ts). */
export function targetHash(target: BookmarkTarget): string {
  if (target.kind === 'term') return `#/term/${encodeURIComponent(target.documentId)}`;
  const anchor = target.anchor === undefined ? '' : `/${encodeURIComponent(target.anchor)}`;
  return `#/doc/${encodeURIComponent(target.documentId)}${anchor}`;
}

function bookmarkLines(bookmark: Bookmark, pageUrl: string, indent: string): string[] {
  const tags = bookmark.tags.length > 0 ? ` TAGS="${escapeHtml(bookmark.tags.join(','))}"` : '';
  const lines = [
    `${indent}<DT><A HREF="${escapeHtml(pageUrl + targetHash(bookmark.target))}" ADD_DATE="${seconds(bookmark.createdAt)}" LAST_MODIFIED="${seconds(bookmark.updatedAt)}"${tags}>${escapeHtml(bookmark.title)}</A>`,
  ];
  if (bookmark.note !== '') lines.push(`${indent}<DD>${escapeHtml(bookmark.note)}`);
  return lines;
}

/** The Netscape bookmark file every browser imports, with links into the reader at `pageUrl`; all text escaped. */
export function exportBookmarksHtml(document: BookmarkDocument, pageUrl: string): string {
  const page = pageUrl.split('#')[0] as string;
  const byFolder = new Map<string | null, Bookmark[]>();
  for (const bookmark of document.bookmarks) {
    const siblings = byFolder.get(bookmark.folderId);
    if (siblings) siblings.push(bookmark);
    else byFolder.set(bookmark.folderId, [bookmark]);
  }
  const level = (parentId: string | null, indent: string): string[] => [
    ...document.folders
      .filter((folder: Folder) => folder.parentId === parentId)
      .flatMap((folder) => [
        `${indent}<DT><H3>${escapeHtml(folder.name)}</H3>`,
        `${indent}<DL><p>`,
        ...level(folder.id, `${indent}    `),
        `${indent}</DL><p>`,
      ]),
    ...(byFolder.get(parentId) ?? []).flatMap((bookmark) => bookmarkLines(bookmark, page, indent)),
  ];
  return [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- This is an automatically generated file. It will be read and overwritten. DO NOT EDIT! -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>EU Police Cooperation Reference</H1>',
    '<DL><p>',
    ...level(null, '    '),
    '</DL><p>',
    '',
  ].join('\n');
}
