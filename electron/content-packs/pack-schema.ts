import { z } from 'zod';

/** A document as the "What's new" page and the import preview name it. */
export const changedDocumentSchema = z.strictObject({ id: z.string(), title: z.string(), kind: z.string() });

/** The documents added, changed (another content hash) and removed between two bundles. */
export const contentChangesSchema = z.strictObject({
  added: z.array(changedDocumentSchema),
  changed: z.array(changedDocumentSchema),
  removed: z.array(changedDocumentSchema),
});

/** A bookmark whose target changes or disappears with the new content. */
export const affectedBookmarkSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  documentId: z.string(),
  change: z.enum(['changed', 'removed']),
});

/** What importing a verified pack would do, for the user to confirm; `token` names the staged pack for `packs:install`. */
export const packPreviewSchema = z.strictObject({
  token: z.string(),
  version: z.string(),
  contentDate: z.string(),
  currentVersion: z.string(),
  /** Set when the pack is not newer than the content in use: installing it needs the user's explicit confirmation. */
  downgrade: z.string().nullable(),
  changes: contentChangesSchema,
  bookmarks: z.array(affectedBookmarkSchema),
});

/** `packs:preview`: the user picked no file, the pack was refused (with the reason), or it is ready to install. */
export const packPreviewResultSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('cancelled') }),
  z.strictObject({ outcome: z.literal('refused'), reason: z.string() }),
  z.strictObject({ outcome: z.literal('ready'), preview: packPreviewSchema }),
]);

/** `packs:install`: the previewed pack, and whether the user confirmed installing content that is not newer. */
export const packInstallInputSchema = z.strictObject({ token: z.string().max(200), allowDowngrade: z.boolean() });

/** `packs:install` and `packs:revert`: the content switched to (null: the built-in bundle; the shell restarts onto it), or why not. */
export const packSwitchResultSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('switched'), version: z.string() }),
  z.strictObject({ outcome: z.literal('refused'), reason: z.string() }),
]);

/** `packs:status`: what content is served, whether there is something to revert to, and what start-up had to report. */
export const packStatusSchema = z.strictObject({
  source: z.enum(['pack', 'built-in']),
  version: z.string(),
  contentDate: z.string(),
  canRevert: z.boolean(),
  notices: z.array(z.string()),
});

/** `whats-new.json` and `packs:whatsNew`: the last switch of content and what it changed. */
export const whatsNewSchema = z.strictObject({
  fromVersion: z.string(),
  toVersion: z.string(),
  contentDate: z.string(),
  switchedAt: z.iso.datetime(),
  changes: contentChangesSchema,
});

/** A document named in a change list. */
export type ChangedDocument = z.infer<typeof changedDocumentSchema>;
/** Documents added, changed and removed. */
export type ContentChanges = z.infer<typeof contentChangesSchema>;
/** A bookmark touched by an import. */
export type AffectedBookmark = z.infer<typeof affectedBookmarkSchema>;
/** The preview of an import. */
export type PackPreview = z.infer<typeof packPreviewSchema>;
/** The outcome of `packs:preview`. */
export type PackPreviewResult = z.infer<typeof packPreviewResultSchema>;
/** The outcome of a switch of content. */
export type PackSwitchResult = z.infer<typeof packSwitchResultSchema>;
/** The content in use. */
export type PackStatus = z.infer<typeof packStatusSchema>;
/** The last switch of content. */
export type WhatsNew = z.infer<typeof whatsNewSchema>;
