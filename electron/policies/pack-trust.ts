import type { TrustedPackKey } from '../content-packs/pack-signature';
import type { EffectivePolicy } from './effective-policy';

/** The keys whose signatures make a pack genuine: the app's own unless TrustBuiltInPackKeys is false, and the policy's TrustedPackKeys. */
export function packSigningKeys(
  policy: Pick<EffectivePolicy, 'values' | 'trustedKeys'>,
  builtIn: readonly TrustedPackKey[],
): TrustedPackKey[] {
  const own = policy.values.TrustBuiltInPackKeys === false ? [] : builtIn;
  const extra = policy.trustedKeys.filter((key) => !own.some((known) => known.id === key.id));
  return [...own, ...extra];
}
