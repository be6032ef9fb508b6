/**
 * Whether an archive entry name is a plain relative path that stays inside the folder it is unpacked into:
 * no absolute or drive paths, no `.` or `..` segments, no backslashes (Windows separators), no NUL or control characters.
 */
export function isSafeEntryPath(name: string): boolean {
  if (name.length === 0 || name.length > 512) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being refused
  if (/[\u0000-\u001f\\:]/.test(name)) return false;
  if (name.startsWith('/')) return false;
  return name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
