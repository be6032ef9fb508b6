import { parse, parseBinary } from 'plist';
import { documentEntries, refusedSource, type SourceEntries } from './policy-entries';

const BINARY_MAGIC = 'bplist00';

/**
 * A managed-preferences plist's entries. macOS writes `/Library/Managed Preferences/<appId>.plist` in the binary
 * format; profiles and hand-made files are XML. Both are read by the `plist` package; one that does not parse is
 * refused whole.
 */
export function plistPolicyEntries(bytes: Uint8Array, source: string): SourceEntries {
  let document: unknown;
  try {
    const binary = Buffer.from(bytes.subarray(0, BINARY_MAGIC.length)).toString('latin1') === BINARY_MAGIC;
    document = binary ? parseBinary(bytes) : parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    return refusedSource(source, `not a valid property list: ${error instanceof Error ? error.message : String(error)}`);
  }
  return documentEntries(document, source);
}
