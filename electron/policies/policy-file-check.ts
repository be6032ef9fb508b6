import { resolvePolicies, type EffectivePolicy } from './effective-policy';
import { jsonPolicyEntries } from './json-policies';
import { plistPolicyEntries } from './plist-policies';
import type { PolicyLevel } from '../../common/policies/policy-schema';

/** One file's verdict: the policy it sets, or every refusal as a `file: field: message` line. */
export type PolicyFileCheck = { ok: true; policy: EffectivePolicy } | { ok: false; problems: string[] };

/** True for a property list: the binary magic, or XML that declares a plist. */
function isPlist(path: string, bytes: Uint8Array): boolean {
  const start = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  return (
    /\.plist$/i.test(path) || start.startsWith('bplist00') || /^\s*<\?xml[^>]*>\s*(<!DOCTYPE plist|<plist)/.test(start)
  );
}

/** Checks one policy file (JSON, or a plist as managed preferences hold it) exactly as the app reads it. */
export function checkPolicyFile(path: string, bytes: Uint8Array): PolicyFileCheck {
  const entries = isPlist(path, bytes)
    ? plistPolicyEntries(bytes, path)
    : jsonPolicyEntries(Buffer.from(bytes).toString('utf8'), path);
  const policy = resolvePolicies([entries], { source: 'settings.json', values: {} });
  if (policy.refused.length > 0)
    return {
      ok: false,
      problems: policy.refused.map((refusal) => `${refusal.source}: ${refusal.field}: ${refusal.reason}`),
    };
  return { ok: true, policy };
}

/** The effective policy as the CLI prints it: each policy set, with its value and level. */
export function effectivePolicyJson(policy: EffectivePolicy): Record<string, { value: unknown; level: PolicyLevel }> {
  return Object.fromEntries(
    policy.applied.map((applied) => [applied.name, { value: applied.value, level: applied.level }]),
  );
}
