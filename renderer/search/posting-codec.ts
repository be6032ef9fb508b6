/** Weights are stored in hundredths: finer steps never change an order an officer would notice. */
export const WEIGHT_SCALE = 100;

const SEPARATOR = 32; // ' '
const ZERO = 48; // '0'
const NINE = 57; // '9'
const LETTER_A = 97; // 'a'

/** One field's posting list: passage numbers in ascending order and the term's weight in each. */
export interface Posting {
  refs: Int32Array;
  weights: Float32Array;
}

/**
 * Encodes a posting list as text: pairs of base-36 numbers (gap to the previous passage, weight in
 * hundredths) separated by spaces. JSON.parse reads one string per posting far faster than the
 * {"ref": {}} objects lunr writes, and a posting is decoded only when a query asks for its term.
 */
export function encodePosting(entries: ReadonlyArray<readonly [ref: number, weight: number]>): string {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let previous = 0;
  for (const [ref, weight] of sorted) {
    parts.push((ref - previous).toString(36), Math.max(0, Math.round(weight * WEIGHT_SCALE)).toString(36));
    previous = ref;
  }
  return parts.join(' ');
}

/** Decodes an encodePosting string; anything that is not a digit or letter ends a number, so bad text cannot throw. */
export function decodePosting(encoded: string): Posting {
  // Each pair takes at least four characters ("1 1 "), which bounds the arrays without a counting pass.
  const capacity = (encoded.length + 1) >> 2;
  const refs = new Int32Array(capacity);
  const weights = new Float32Array(capacity);
  let count = 0;
  let ref = 0;
  let value = 0;
  let inNumber = false;
  let isWeight = false;
  for (let i = 0; i <= encoded.length; i++) {
    const c = i < encoded.length ? encoded.charCodeAt(i) : SEPARATOR;
    if (c >= ZERO && c <= NINE) {
      value = value * 36 + (c - ZERO);
      inNumber = true;
    } else if (c >= LETTER_A && c < LETTER_A + 26) {
      value = value * 36 + (c - LETTER_A + 10);
      inNumber = true;
    } else if (inNumber) {
      if (isWeight && count < capacity) {
        refs[count] = ref;
        weights[count++] = value / WEIGHT_SCALE;
      } else {
        ref += value;
      }
      isWeight = !isWeight;
      value = 0;
      inNumber = false;
    }
  }
  return { refs: refs.subarray(0, count), weights: weights.subarray(0, count) };
}
