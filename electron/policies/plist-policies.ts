import { parse, parseBinary } from 'plist';
import { documentEntries, refusedSource, type SourceEntries } from './policy-entries';

const BINARY_MAGIC = 'bplist00';

/** A profile's own bookkeeping (PayloadUUID, PayloadType…), which may reach the managed file beside the policies. */
function withoutPayloadKeys(document: unknown): unknown {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return document;
  return Object.fromEntries(Object.entries(document).filter(([key]) => !key.startsWith('Payload')));
}

/**
 * A managed-preferences plist's entries. macOS writes `/Library/Managed Preferences/<appId>.plist` in the binary
 * format; profiles and hand-made files are XML. Both are read by the `plist` package; one that does not parse is
 * refused whole. The profile's `Payload…` keys are not policies and are skipped.
 */
export function plistPolicyEntries(bytes: Uint8Array, source: string): SourceEntries {
  let document: unknown;
  try {
    const binary = Buffer.from(bytes.subarray(0, BINARY_MAGIC.length)).toString('latin1') === BINARY_MAGIC;
    document = binary ? parseBinary(bytes) : parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    return refusedSource(
      source,
      `not a valid property list: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return documentEntries(withoutPayloadKeys(document), source);
}
