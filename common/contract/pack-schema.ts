import { z } from 'zod';

/** A document as the "What's new" page and the import preview name it. */
export const changedDocumentSchema = z.strictObject({ id: z.string(), title: z.string(), kind: z.string() });

/** The documents added, changed (another content hash) and removed between two bundles. */
export const contentChangesSchema = z.strictObject({
  added: z.array(changedDocumentSchema),
  changed: z.array(changedDocumentSchema),
  removed: z.array(changedDocumentSchema),
});

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
/** The content in use. */
export type PackStatus = z.infer<typeof packStatusSchema>;
/** The last switch of content. */
export type WhatsNew = z.infer<typeof whatsNewSchema>;
