/** A random 128-bit id; getRandomValues works outside secure contexts too, unlike randomUUID (the web edition may be served over plain HTTP). */
export function newBookmarkId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
