import { PACK_FORMAT, packManifestSchema, type PackManifest } from '../../content/model/pack-manifest-schema';
import { findSigner, parseSignature, type TrustedPackKey } from './pack-signature';

/** A pack manifest whose signature checked out, or why it did not. */
export type SignedManifestCheck =
  { ok: true; manifest: PackManifest; signer: TrustedPackKey } | { ok: false; reason: string };

/**
 * Checks a pack manifest before anything in it is believed: signed by a trusted key over these exact bytes, of a
 * manifest format this app knows, and shaped as the schema says.
 */
export function checkSignedManifest(
  manifestBytes: Uint8Array | undefined,
  signatureText: Uint8Array | undefined,
  keys: readonly TrustedPackKey[],
): SignedManifestCheck {
  if (manifestBytes === undefined) return { ok: false, reason: 'this is not a content pack: manifest.json is missing' };
  if (signatureText === undefined) return { ok: false, reason: 'the pack is not signed: manifest.sig is missing' };
  const signature = parseSignature(signatureText);
  if (!signature) return { ok: false, reason: 'manifest.sig is not an Ed25519 signature' };
  const signer = findSigner(manifestBytes, signature, keys);
  if (!signer)
    return { ok: false, reason: 'the signature is not by a trusted key, or manifest.json was changed after signing' };
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(manifestBytes).toString('utf8'));
  } catch {
    return { ok: false, reason: 'manifest.json is not valid JSON' };
  }
  const format = typeof raw === 'object' && raw !== null ? (raw as { packFormat?: unknown }).packFormat : undefined;
  if (format !== PACK_FORMAT)
    return {
      ok: false,
      reason: `the pack manifest has format version ${JSON.stringify(format ?? null)}; this app reads version ${PACK_FORMAT} only`,
    };
  const parsed = packManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `manifest.json does not describe a content pack: ${issue?.path.join('.') || 'manifest'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return { ok: true, manifest: parsed.data, signer };
}
