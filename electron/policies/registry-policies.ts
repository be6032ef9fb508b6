import { emptySource, type SourceEntries } from './policy-entries';
import {
  DEFAULTS_SECTION,
  isPolicyName,
  policyKind,
  policyNames,
  type PolicyLevel,
  type PolicyName,
} from '../../common/policies/policy-schema';
import type { RegistryKey, RegistryValue } from './registry-output';

/** The vendor key under each hive: not under `Policies\Microsoft`, which Intune's ADMX ingestion may not write. */
export const POLICY_REGISTRY_PATH = 'SOFTWARE\\Policies\\PolCoop\\EUPoliceCooperationReference';

/** The two hives read, machine first: a machine-wide policy beats the same policy set for one user. */
export const POLICY_HIVES = [
  { short: 'HKLM', long: 'HKEY_LOCAL_MACHINE' },
  { short: 'HKCU', long: 'HKEY_CURRENT_USER' },
] as const;

/** The registry's names are case-insensitive: `disablepackimport` is the policy DisablePackImport. */
function canonicalName(name: string): string {
  return policyNames.find((policy) => policy.toLowerCase() === name.toLowerCase()) ?? name;
}

type Converted = { ok: true; value: unknown } | { ok: false; reason: string };

/** A registry value as the JSON type its policy expects, or why its registry type cannot be one. */
function convertValue(name: string, value: RegistryValue): Converted {
  if (!isPolicyName(name)) return { ok: true, value: value.data };
  const kind = policyKind(name);
  if (kind === 'boolean') {
    if (value.type !== 'REG_DWORD')
      return { ok: false, reason: `wrong type: expected REG_DWORD 0 or 1, got ${value.type}` };
    const number = Number.parseInt(value.data, 16);
    if (number !== 0 && number !== 1)
      return { ok: false, reason: `wrong type: expected REG_DWORD 0 or 1, got ${value.data}` };
    return { ok: true, value: number === 1 };
  }
  if (kind === 'list') {
    if (value.type !== 'REG_MULTI_SZ')
      return {
        ok: false,
        reason: `wrong type: expected REG_MULTI_SZ or a subkey of numbered REG_SZ values, got ${value.type}`,
      };
    return { ok: true, value: value.data.split('\\0').filter((item) => item !== '') };
  }
  if (value.type !== 'REG_SZ' && value.type !== 'REG_EXPAND_SZ')
    return { ok: false, reason: `wrong type: expected REG_SZ, got ${value.type}` };
  return { ok: true, value: value.data };
}

/** Where a key sits below the policy key: its values' level, and the list policy it holds (ADMX writes lists as subkeys). */
function placeOf(relative: string[]): { level: PolicyLevel; list: PolicyName | null } | null {
  const inDefaults = relative[0]?.toLowerCase() === DEFAULTS_SECTION.toLowerCase();
  const rest = inDefaults ? relative.slice(1) : relative;
  const level: PolicyLevel = inDefaults ? 'default' : 'enforced';
  if (rest.length === 0) return { level, list: null };
  const name = canonicalName(rest[0] ?? '');
  if (rest.length === 1 && isPolicyName(name) && policyKind(name) === 'list') return { level, list: name };
  return null;
}

function numberedOrder(a: RegistryValue, b: RegistryValue): number {
  return Number(a.name) - Number(b.name) || a.name.localeCompare(b.name);
}

/**
 * The policies one hive holds under the vendor key, from `reg query /s` output: values on the key are enforced,
 * values under its `Defaults` subkey are defaults, and a list policy may be a subkey of numbered REG_SZ values (what
 * an ADMX list element writes) or one REG_MULTI_SZ value. A value of the wrong registry type is refused.
 */
export function registryPolicyEntries(keys: RegistryKey[], hive: (typeof POLICY_HIVES)[number]): SourceEntries {
  const rootPath = `${hive.long}\\${POLICY_REGISTRY_PATH}`;
  const source = `${hive.short}\\${POLICY_REGISTRY_PATH}`;
  const result = emptySource(source);
  for (const key of keys) {
    if (
      key.path.toLowerCase() !== rootPath.toLowerCase() &&
      !key.path.toLowerCase().startsWith(`${rootPath.toLowerCase()}\\`)
    )
      continue;
    const relative = key.path.slice(rootPath.length).split('\\').filter(Boolean);
    const place = placeOf(relative);
    const keyName = relative.join('\\');
    if (place === null) {
      if (key.values.length > 0)
        result.refused.push({ source, field: keyName, reason: 'unknown name: this subkey is not a policy' });
      continue;
    }
    if (place.list !== null) {
      const items = [...key.values].sort(numberedOrder);
      const wrong = items.find((item) => item.type !== 'REG_SZ');
      if (wrong)
        result.refused.push({
          source,
          field: `${keyName}\\${wrong.name}`,
          reason: `wrong type: expected REG_SZ, got ${wrong.type}`,
        });
      else
        result.entries.push({
          name: place.list,
          level: place.level,
          value: items.map((item) => item.data),
          field: keyName,
        });
      continue;
    }
    for (const value of key.values) {
      const name = canonicalName(value.name);
      const field = [...relative, value.name].join('\\');
      const converted = convertValue(name, value);
      if (converted.ok) result.entries.push({ name, level: place.level, value: converted.value, field });
      else result.refused.push({ source, field, reason: converted.reason });
    }
  }
  return result;
}
