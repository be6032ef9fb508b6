/** The content codings the server can send, in its order of preference when the client weighs them equally. */
const CONTENT_CODINGS = ['br', 'gzip'] as const;

/** A content coding the server can send. */
export type ContentCoding = (typeof CONTENT_CODINGS)[number];

function weights(header: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (name === '') continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    result.set(name, Number.isFinite(weight) ? Math.min(Math.max(weight, 0), 1) : 0);
  }
  return result;
}

/**
 * Picks the coding to send from those `available`, following the client's Accept-Encoding weights
 * (RFC 9110 §12.5.3: `*` covers codings not named, q=0 refuses); undefined means the plain body.
 */
export function chooseContentCoding(
  header: string | undefined,
  available: readonly ContentCoding[],
): ContentCoding | undefined {
  if (header === undefined || available.length === 0) return undefined;
  const accepted = weights(header);
  let best: ContentCoding | undefined;
  let bestWeight = 0;
  for (const coding of CONTENT_CODINGS) {
    if (!available.includes(coding)) continue;
    const weight = accepted.get(coding) ?? accepted.get('*') ?? 0;
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}
