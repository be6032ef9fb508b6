import { z } from 'zod';

/** An absolute folder path on any of the three platforms: `/…`, `C:\…` or a UNC share `\\server\share…`. */
const absoluteFolder = z
  .string()
  .trim()
  .min(1)
  .max(1024)
  .regex(
    /^(\/|[A-Za-z]:[\\/]|\\\\[^\\]+\\[^\\]+)/,
    'expected an absolute folder path (/…, C:\\… or \\\\server\\share)',
  );

/** The interface languages a policy may choose. */
const policyLanguageSchema = z.enum(['en', 'fr', 'de']);

/** What opening an external link does: open it at once, ask the user first, or never open it. */
const externalLinksModeSchema = z.enum(['allow', 'confirm', 'block']);

/** What happens when a user opens an external link. */
export type ExternalLinksMode = z.infer<typeof externalLinksModeSchema>;

/**
 * Every policy an administrator can set, once, by the name used in every source (registry value, plist key, JSON
 * key, ADMX). Values arrive already converted to JSON types by their source; public keys are parsed by the shell.
 */
export const policyShapes = {
  /** Extra Ed25519 public keys (PEM, or the base64 of the SPKI form) whose pack signatures are trusted. */
  TrustedPackKeys: z.array(z.string().trim().min(1)).max(64),
  /** False: only `TrustedPackKeys` sign content, not the keys built into the app. */
  TrustBuiltInPackKeys: z.boolean(),
  /** A read-only folder or share with packs; the newest valid one there is the floor below which users cannot go. */
  MachinePackDirectory: absoluteFolder,
  /** True: File > Import Content Pack is gone and the import flow refuses. */
  DisablePackImport: z.boolean(),
  /** A folder of signed local packs (the organisation's own documents), shown beside the official reference. */
  LocalContentDirectory: absoluteFolder,
  /** allow | confirm | block. */
  ExternalLinks: externalLinksModeSchema,
  DisableBookmarkExport: z.boolean(),
  DisableBookmarkImport: z.boolean(),
  /** The interface language (a user's own choice beats it unless it is enforced or locked). */
  Language: policyLanguageSchema,
  /** True: users cannot change the interface language. */
  LockLanguage: z.boolean(),
  /** True: printing and saving as PDF are gone from menus and pages. */
  DisablePrintAndPdf: z.boolean(),
  /** An organisation's handling notice, shown on every page and on printed pages. */
  BannerText: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^\r\n]*$/, 'expected one line of text'),
} as const;

/** A policy's name. */
export type PolicyName = keyof typeof policyShapes;

/** Every policy name, in the order administrators read them. */
export const policyNames = Object.keys(policyShapes) as PolicyName[];

/** The value types a source must produce for each policy (a registry source converts its types by these). */
export type PolicyKind = 'boolean' | 'string' | 'list';

/** How a policy's value is stored, so each source converts its native types (REG_DWORD, plist <true/>) the same way. */
export function policyKind(name: PolicyName): PolicyKind {
  const shape = policyShapes[name];
  if (shape instanceof z.ZodBoolean) return 'boolean';
  if (shape instanceof z.ZodArray) return 'list';
  return 'string';
}

/** One value of every policy, each optional: what a source or the merged result holds. */
export const policyValuesSchema = z.strictObject(policyShapes).partial();

/** Policy values by name. */
export type PolicyValues = z.infer<typeof policyValuesSchema>;

/** True for a string that names a policy. */
export function isPolicyName(name: string): name is PolicyName {
  return Object.hasOwn(policyShapes, name);
}

/** How firmly a value holds: enforced (users cannot change it), default (a user's own setting beats it). */
export const policyLevelSchema = z.enum(['enforced', 'default']);

/** Enforced or default. */
export type PolicyLevel = z.infer<typeof policyLevelSchema>;

/**
 * In every policy document (JSON file, plist, registry key) a policy named at the top is enforced, and one inside
 * this section (a JSON object, a plist dictionary, a registry subkey) is a default that the user's own setting beats.
 */
export const DEFAULTS_SECTION = 'Defaults';
