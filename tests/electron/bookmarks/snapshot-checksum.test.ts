import { describe, expect, it } from 'vitest';
import { checksumRecord, trustedSnapshot } from '../../../electron/bookmarks/snapshot-checksum';

const document = { format: 'polcoop-bookmarks', version: 2, folders: [], bookmarks: [] };
const text = JSON.stringify(document);

describe('snapshot checksum', () => {
  it('trusts exactly the bytes it was recorded for', () => {
    expect(trustedSnapshot(Buffer.from(text), checksumRecord(text))).toEqual(document);
    expect(trustedSnapshot(Buffer.from(text.replace('[]', '[ ]')), checksumRecord(text))).toBeNull();
  });

  it.each([
    ['no record', ''],
    ['an unreadable record', '{"sha256":'],
    ['a record of another document version', checksumRecord(text).replace('"version":2', '"version":1')],
  ])('trusts nothing with %s', (_label, record) => {
    expect(trustedSnapshot(Buffer.from(text), record)).toBeNull();
  });

  it('trusts no matching bytes that are not a current bookmark document', () => {
    const other = JSON.stringify({ format: 'polcoop-bookmarks', version: 1, bookmarks: [] });
    expect(trustedSnapshot(Buffer.from(other), checksumRecord(other))).toBeNull();
  });
});
