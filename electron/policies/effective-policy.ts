import type { z } from 'zod';
import type { TrustedPackKey } from '../content-packs/pack-signature';
import type { PolicyRefusal, RawPolicyEntry, SourceEntries } from './policy-entries';
import { parsePolicyKey } from './policy-keys';
import {
  isPolicyName,
  policyNames,
  policyShapes,
  type PolicyLevel,
  type PolicyName,
  type PolicyValues,
} from '../../common/policies/policy-schema';

/** A value as the About view shows it: public keys by their ids, everything else as set. */
export type ShownPolicyValue = boolean | string | string[];

/** A policy an administrator set, where, and whether it is what the app does (a user's own setting beats a default). */
export interface AppliedPolicy {
  name: PolicyName;
  level: PolicyLevel;
  value: ShownPolicyValue;
  source: string;
  field: string;
  inEffect: boolean;
}

/** Values a user chose for the policies that have a user setting, and the file they came from. */
export interface UserPolicySettings {
  source: string;
  values: PolicyValues;
}

/** What applies: the values, the extra trusted keys parsed, what administrators set, and every value refused. */
export interface EffectivePolicy {
  /** What applies, policy by policy; `TrustedPackKeys` holds the ids of the keys in `trustedKeys`. */
  values: PolicyValues;
  trustedKeys: TrustedPackKey[];
  applied: AppliedPolicy[];
  refused: PolicyRefusal[];
}

interface Accepted {
  entry: RawPolicyEntry;
  source: string;
  value: PolicyValues[PolicyName];
  shown: ShownPolicyValue;
  keys: TrustedPackKey[];
}

function reasonOf(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid value';
  const at = issue.path.length > 0 ? ` (item ${issue.path.join('.')})` : '';
  return `${issue.code === 'invalid_type' ? 'wrong type' : 'invalid value'}${at}: ${issue.message}`;
}

/** Checks one raw entry against its policy's schema (and parses its keys), adding what it refuses to `refused`. */
function accept(entry: RawPolicyEntry, source: string, refused: PolicyRefusal[]): Accepted | null {
  if (!isPolicyName(entry.name)) {
    refused.push({ source, field: entry.field, reason: `unknown name: ${entry.name} is not a policy of this app` });
    return null;
  }
  const parsed = policyShapes[entry.name].safeParse(entry.value);
  if (!parsed.success) {
    refused.push({ source, field: entry.field, reason: reasonOf(parsed.error.issues[0]) });
    return null;
  }
  if (entry.name !== 'TrustedPackKeys')
    return { entry, source, value: parsed.data, shown: parsed.data as ShownPolicyValue, keys: [] };
  const keys: TrustedPackKey[] = [];
  (parsed.data as string[]).forEach((text, index) => {
    const key = parsePolicyKey(text, `administrator's key (${source})`);
    if (key.ok) keys.push(key.key);
    else refused.push({ source, field: `${entry.field}[${index}]`, reason: key.reason });
  });
  if (keys.length === 0) return null;
  const ids = keys.map((key) => key.id);
  return { entry, source, value: ids, shown: ids, keys };
}

/**
 * Merges the sources (highest first) with the user's settings: for each policy the first enforced value of the
 * highest source, else the user's own setting, else the first default, else nothing (the app's built-in behaviour).
 * Every value that fails its check is refused with the reason, and the rest still applies.
 */
export function resolvePolicies(sources: readonly SourceEntries[], user: UserPolicySettings): EffectivePolicy {
  const refused: PolicyRefusal[] = sources.flatMap((source) => source.refused);
  const winners = new Map<string, Accepted>();
  for (const source of sources) {
    for (const entry of source.entries) {
      const accepted = accept(entry, source.source, refused);
      const slot = `${entry.name}:${entry.level}`;
      if (accepted && !winners.has(slot)) winners.set(slot, accepted);
    }
  }
  const values: Record<string, unknown> = {};
  const applied: AppliedPolicy[] = [];
  let trustedKeys: TrustedPackKey[] = [];
  for (const name of policyNames) {
    const enforced = winners.get(`${name}:enforced`);
    const fallback = winners.get(`${name}:default`);
    const userValue = user.values[name];
    const chosen = enforced ?? (userValue === undefined ? fallback : undefined);
    const shownEntry = enforced ?? fallback;
    if (shownEntry) {
      applied.push({
        name,
        level: shownEntry.entry.level,
        value: shownEntry.shown,
        source: shownEntry.source,
        field: shownEntry.entry.field,
        inEffect: shownEntry === chosen,
      });
    }
    if (chosen) {
      values[name] = chosen.value;
      if (name === 'TrustedPackKeys') trustedKeys = chosen.keys;
    } else if (userValue !== undefined) values[name] = userValue;
  }
  return { values: values as PolicyValues, trustedKeys, applied, refused };
}
