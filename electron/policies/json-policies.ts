import { jsonErrorOffset } from './json-error-position';
import { documentEntries, refusedSource, type SourceEntries } from './policy-entries';

/** JSON.parse's message, led by the line of the error. */
function syntaxMessage(text: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
  const offset = jsonErrorOffset(text);
  return offset === undefined ? message : `line ${text.slice(0, offset).split('\n').length}: ${message}`;
}

/** A JSON policy file's entries (top-level names enforced, `Defaults` holding defaults); a file that does not parse is refused whole. */
export function jsonPolicyEntries(withMark: string, source: string): SourceEntries {
  const text = withMark.replace(/^\uFEFF/, '');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return refusedSource(source, `not valid JSON: ${syntaxMessage(text, error)}`);
  }
  return documentEntries(document, source);
}
