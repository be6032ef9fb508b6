import { z } from 'zod';

/** Why a bundle was refused at start, naming the file so a help desk can act on it. */
export const bundleProblemSchema = z.strictObject({
  bundle: z.string(),
  file: z.string(),
  reason: z.enum(['manifest', 'missing', 'tampered', 'extra']),
  message: z.string(),
});

/** What the shell tells the renderer about itself: whether external links may open and whether a bundle was refused. */
export const shellStatusSchema = z.strictObject({
  externalLinks: z.boolean(),
  bundleProblem: bundleProblemSchema.nullable(),
  usingBuiltInBundle: z.boolean(),
});

/** A link the renderer asks the shell to open in the system browser (after the user confirms). */
export const externalLinkInputSchema = z.strictObject({ url: z.string().max(2048) });

/** What happened to an external link. */
export const externalLinkResultSchema = z.enum(['opened', 'declined', 'disabled', 'refused']);

/** Where a saved PDF went, or null when the user cancelled the save dialog. */
export const savePdfResultSchema = z.strictObject({ path: z.string().nullable() });

/** Commands from the application and context menus that the renderer carries out itself. */
export const shellCommandSchema = z.enum(['bookmark-this', 'focus-search', 'show-bookmarks']);

/** Why a bundle was refused. */
export type BundleProblem = z.infer<typeof bundleProblemSchema>;
/** The shell's status as the renderer sees it. */
export type ShellStatus = z.infer<typeof shellStatusSchema>;
/** The outcome of an external-link request. */
export type ExternalLinkResult = z.infer<typeof externalLinkResultSchema>;
/** A renderer-side command. */
export type ShellCommand = z.infer<typeof shellCommandSchema>;
