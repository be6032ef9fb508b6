import { createHash, createPublicKey, verify } from 'node:crypto';

/** A public key the app accepts pack signatures from. */
export interface TrustedPackKey {
  /** The first 16 hex digits of the SHA-256 of the key's SPKI form, printed by the tools so people can compare keys. */
  id: string;
  label: string;
  publicKeyPem: string;
}

/** A key's id: a fingerprint of its public half, never of the private one. */
export function packKeyId(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/** Reads `manifest.sig`: the base64 text of a 64-byte Ed25519 signature, or undefined when it is not one. */
export function parseSignature(text: Uint8Array): Buffer | undefined {
  const trimmed = Buffer.from(text).toString('utf8').trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) return undefined;
  const signature = Buffer.from(trimmed, 'base64');
  return signature.length === 64 ? signature : undefined;
}

/** The trusted key whose Ed25519 signature over the exact manifest bytes this is, if any. */
export function findSigner(
  manifestBytes: Uint8Array,
  signature: Uint8Array,
  keys: readonly TrustedPackKey[],
): TrustedPackKey | undefined {
  return keys.find((key) => {
    try {
      return verify(null, manifestBytes, createPublicKey(key.publicKeyPem), signature);
    } catch {
      return false;
    }
  });
}
