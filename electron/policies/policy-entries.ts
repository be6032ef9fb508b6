import { DEFAULTS_SECTION, type PolicyLevel } from '../../common/policies/policy-schema';

/** One value a source holds for a policy name, not yet checked against the schema. */
export interface RawPolicyEntry {
  name: string;
  level: PolicyLevel;
  value: unknown;
  /** Where the value sits inside its source: a field path (`Defaults.Language`) or a registry value name. */
  field: string;
}

/** A value that was not applied, and why: it never stops the app, and the rest still applies. */
export interface PolicyRefusal {
  /** The file or registry key. */
  source: string;
  /** The policy name or field path (for a source refused whole, the source's own name). */
  field: string;
  reason: string;
}

/** What one source said: its raw entries and what it refused before any schema check (unreadable file, unknown section). */
export interface SourceEntries {
  /** A person's name for the source: a file path or a registry key. */
  source: string;
  entries: RawPolicyEntry[];
  refused: PolicyRefusal[];
}

/** Nothing set: a missing file, an absent registry key. */
export function emptySource(source: string): SourceEntries {
  return { source, entries: [], refused: [] };
}

/** A source whose whole content was refused (it did not parse): nothing of it applies. */
export function refusedSource(source: string, reason: string): SourceEntries {
  return { source, entries: [], refused: [{ source, field: '(file)', reason }] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof Uint8Array)
  );
}

/**
 * Splits a parsed policy document (JSON or plist: top-level names enforced, `Defaults` holding defaults) into entries.
 * Names are checked later, with the values, so every source reports an unknown name the same way.
 */
export function documentEntries(document: unknown, source: string): SourceEntries {
  if (!isRecord(document)) return refusedSource(source, 'wrong type: expected a dictionary of policy names at the top');
  const result = emptySource(source);
  for (const [name, value] of Object.entries(document)) {
    if (name !== DEFAULTS_SECTION) {
      result.entries.push({ name, level: 'enforced', value, field: name });
      continue;
    }
    if (!isRecord(value)) {
      result.refused.push({
        source,
        field: DEFAULTS_SECTION,
        reason: 'wrong type: expected a dictionary of policy names',
      });
      continue;
    }
    for (const [innerName, innerValue] of Object.entries(value)) {
      result.entries.push({
        name: innerName,
        level: 'default',
        value: innerValue,
        field: `${DEFAULTS_SECTION}.${innerName}`,
      });
    }
  }
  return result;
}
