import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../content/model/format-check';

const SEARCH = { kind: 'search file', format: 3, arrays: ['docs', 'passages'] } as const;

describe('formatProblem', () => {
  it('accepts a file of the expected format with the listed arrays', () => {
    expect(formatProblem({ format: 3, docs: [], passages: [], lunr: {} }, 'i.json', SEARCH)).toBeNull();
  });

  it.each([
    ['null', null, 'i.json does not hold a search file'],
    ['an array', [], 'i.json does not hold a search file'],
    ['text', 'x', 'i.json does not hold a search file'],
    ['another format', { format: 2, docs: [], passages: [] }, 'i.json has format 2; this reader reads format 3'],
    ['no format', { docs: [], passages: [] }, 'i.json has format undefined; this reader reads format 3'],
    ['a listed field that is not an array', { format: 3, docs: {}, passages: [] }, 'i.json has no docs or passages'],
    ['a missing listed field', { format: 3, docs: [] }, 'i.json has no docs or passages'],
  ])('names the file and the problem for %s', (_, data, message) => {
    expect(formatProblem(data, 'i.json', SEARCH)).toBe(message);
  });
});
