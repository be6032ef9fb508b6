import { createPublicKey, type KeyObject } from 'node:crypto';
import { packKeyId, type TrustedPackKey } from '../content-packs/pack-signature';

const PEM_HEADER = '-----BEGIN PUBLIC KEY-----';

/** Reads a PEM public key, or the one-line base64 of its SPKI form that fits a registry value or an ADMX text box. */
function keyObjectOf(text: string): KeyObject {
  const trimmed = text.trim();
  if (trimmed.startsWith(PEM_HEADER)) return createPublicKey(trimmed);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed))
    throw new Error('expected a PEM public key or the base64 of its SPKI form');
  return createPublicKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
}

/** A policy's public key as a trusted pack key, or why it is not one (it does not parse, or is not Ed25519). */
export function parsePolicyKey(
  text: string,
  label: string,
): { ok: true; key: TrustedPackKey } | { ok: false; reason: string } {
  let key: KeyObject;
  try {
    key = keyObjectOf(text);
  } catch (error) {
    return { ok: false, reason: `key that does not parse: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (key.asymmetricKeyType !== 'ed25519')
    return {
      ok: false,
      reason: `key that does not parse: an ${key.asymmetricKeyType ?? 'unknown'} key, expected Ed25519`,
    };
  const publicKeyPem = key.export({ type: 'spki', format: 'pem' }).toString();
  return { ok: true, key: { id: packKeyId(publicKeyPem), label, publicKeyPem } };
}
