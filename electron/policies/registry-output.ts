/** One value of a registry key as `reg query` prints it. */
export interface RegistryValue {
  name: string;
  type: string;
  /** The data as printed: `0x1` for a REG_DWORD, `a\0b` for a REG_MULTI_SZ, the text of a REG_SZ. */
  data: string;
}

/** A registry key and its values, from one header line of `reg query /s` output and the value lines under it. */
export interface RegistryKey {
  /** The full key path as printed, starting with the hive's long name (`HKEY_LOCAL_MACHINE\…`). */
  path: string;
  values: RegistryValue[];
}

// `    Name    REG_TYPE    data`: four spaces before the name and between the fields; the data may be empty.
const VALUE_LINE = /^ {4}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;
const KEY_LINE = /^HKEY_[A-Z_]+(\\.*)?$/;

/**
 * Parses the text `reg query KEY /s` prints: a key's full path on its own line, then its values indented by four
 * spaces, keys separated by blank lines. Lines of neither kind (a closing "End of search" line) are ignored; a value
 * line before any key cannot belong anywhere and is ignored too.
 */
export function parseRegQueryOutput(text: string): RegistryKey[] {
  const keys: RegistryKey[] = [];
  let current: RegistryKey | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (KEY_LINE.test(line)) {
      current = { path: line.trimEnd(), values: [] };
      keys.push(current);
      continue;
    }
    const value = VALUE_LINE.exec(line);
    if (value && current) current.values.push({ name: value[1] ?? '', type: value[2] ?? '', data: value[3] ?? '' });
  }
  return keys;
}
