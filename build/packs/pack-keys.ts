import { generateKeyPairSync, sign } from 'node:crypto';
import { packKeyId } from '../../electron/content-packs/pack-signature';

/** An Ed25519 key pair in PEM form, with the id the app shows for the public half. */
export interface PackKeyPair {
  id: string;
  publicKeyPem: string;
  privateKeyPem: string;
}

/** Generates a signing key pair with Node's built-in crypto. */
export function generatePackKeyPair(): PackKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { id: packKeyId(publicKey), publicKeyPem: publicKey, privateKeyPem: privateKey };
}

/** `manifest.sig`: the base64 Ed25519 signature over the exact manifest bytes. */
export function signManifest(manifestBytes: Uint8Array, privateKeyPem: string): string {
  return `${sign(null, manifestBytes, privateKeyPem).toString('base64')}\n`;
}
