import { z } from 'zod';
import { manifestSchema } from './bundle-schema';

/** The version of the content-pack manifest; the app refuses a pack whose manifest has any other. */
export const PACK_FORMAT = 1;

/** A dotted release number such as `2026.11.0`, compared part by part. */
export const releaseVersionSchema = z.string().regex(/^\d{1,9}(?:\.\d{1,9}){0,3}$/, 'must be numbers separated by dots, such as 2026.11.0');

/**
 * A pack's `manifest.json`: the bundle manifest (identity and the SHA-256 of every file) plus what the app needs to
 * decide whether it may install the pack. `manifest.sig` signs these exact bytes.
 */
export const packManifestSchema = manifestSchema.extend({
  packFormat: z.literal(PACK_FORMAT),
  version: releaseVersionSchema,
  minAppVersion: releaseVersionSchema,
});

/** A content pack's manifest. */
export type PackManifest = z.infer<typeof packManifestSchema>;
