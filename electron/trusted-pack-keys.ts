import type { TrustedPackKey } from './content-packs/pack-signature';

/**
 * The public keys whose signatures make a content pack genuine. Built into the app (inside the asar, under its
 * integrity check) so that a key cannot be added on the target machine; to rotate, ship an app with the new key.
 */
export const trustedPackKeys: readonly TrustedPackKey[] = [
  {
    id: 'e1d9208a5fa08ea9',
    label: 'polcoop content signing key 2026',
    publicKeyPem:
      '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAZqApkVFtVJ+kc4jVaZEv5dudp9B8yvM00bYtICF7nF8=\n-----END PUBLIC KEY-----\n',
  },
];
