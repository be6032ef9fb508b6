import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZipEntries } from '../../../electron/content-packs/zip-entries';
import { DEFAULT_ZIP_LIMITS } from '../../../electron/content-packs/zip-limits';

/** Rewrites the uncompressed size of every entry, in its local header and in the central directory, as a forger would. */
function declareSize(archive: Uint8Array, size: number): Uint8Array {
  const copy = archive.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 4 <= copy.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return copy;
}

describe('zip entries', () => {
  it('reads files in folders and skips folder entries', async () => {
    const archive = zipSync({
      'a.json': new TextEncoder().encode('{"a":1}'),
      data: { 'b.txt': new TextEncoder().encode('bee') },
    });
    const reading = await readZipEntries(archive, DEFAULT_ZIP_LIMITS);
    expect(
      reading.ok &&
        Object.fromEntries([...reading.entries].map(([name, data]) => [name, new TextDecoder().decode(data)])),
    ).toEqual({ 'a.json': '{"a":1}', 'data/b.txt': 'bee' });
  });

  it('stops inflating an entry that expands past the size it declares (a forged small size)', async () => {
    const archive = declareSize(zipSync({ 'bomb.json': new Uint8Array(5 * 1024 * 1024) }), 1000);
    const reading = await readZipEntries(archive, DEFAULT_ZIP_LIMITS);
    expect(reading).toEqual({
      ok: false,
      reason: 'bomb.json expands beyond the 1000 bytes the archive declares (a zip bomb?)',
    });
  });

  it('refuses an archive whose declared sizes exceed the total allowed, before inflating anything', async () => {
    const archive = declareSize(zipSync({ 'a.json': new Uint8Array(10) }), 0xfffffff0);
    expect(await readZipEntries(archive, DEFAULT_ZIP_LIMITS)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/declares 4294967280 bytes, more than the 1073741824 a pack may hold/),
    });
  });

  it('refuses more entries than allowed, an oversized file, and a damaged deflate stream', async () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 5 }, (_, index) => [`f${index}`, new Uint8Array(1)])));
    expect(await readZipEntries(many, { ...DEFAULT_ZIP_LIMITS, maxEntries: 4 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('5 entries, more than the 4 allowed'),
    });
    expect(await readZipEntries(many, { ...DEFAULT_ZIP_LIMITS, maxArchiveBytes: 10 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('more than the 10 a pack may have'),
    });
    const text = new TextEncoder().encode('Prüm Decision '.repeat(2000));
    const damaged = zipSync({ 'a.txt': [text, { level: 9 }] });
    damaged.fill(0xff, 40, 60);
    expect(await readZipEntries(damaged, DEFAULT_ZIP_LIMITS)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('a.txt is damaged or cut short'),
    });
  });
});
