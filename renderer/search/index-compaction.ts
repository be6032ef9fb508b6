/** Decimal places kept of lunr's field-vector weights: enough to order results, a third of the JSON. */
export const WEIGHT_DECIMALS = 3;

type SerialisedLunr = { fieldVectors?: [string, number[]][] } & Record<string, unknown>;

/**
 * Shrinks a serialised lunr index without changing what it finds: drops the vectors of empty fields
 * (lunr only reads the vectors of fields a term was found in) and rounds the weights.
 */
export function compactLunrJson(serialised: SerialisedLunr): Record<string, unknown> {
  const scale = 10 ** WEIGHT_DECIMALS;
  const fieldVectors = (serialised.fieldVectors ?? [])
    .filter(([, elements]) => elements.length > 0)
    .map(([ref, elements]): [string, number[]] => [ref, elements.map((x, i) => (i % 2 === 1 ? Math.round(x * scale) / scale : x))]);
  return { ...serialised, fieldVectors };
}
