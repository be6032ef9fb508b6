/** `[[id]]`, `[[id#anchor]]`, `[[id|label]]` and `[[term:id]]` in a document's Markdown body. */
export const WIKI_LINK = /\[\[([^\]|#\n]+?)(?:#([^\]|\n]+?))?(?:\|([^\]\n]+?))?\]\]/g;
