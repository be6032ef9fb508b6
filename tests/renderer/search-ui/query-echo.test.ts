import { describe, expect, it } from 'vitest';
import { ECHO_LENGTH, echoQuery, fullQueryTitle } from '../../../renderer/search-ui/query-echo';

describe('echoQuery', () => {
  it('repeats a short query whole, spaces collapsed, with no hover title', () => {
    expect(echoQuery('  prum   dna ')).toBe('prum dna');
    expect(fullQueryTitle('  prum   dna ')).toBeUndefined();
    expect(echoQuery('x'.repeat(ECHO_LENGTH))).toBe('x'.repeat(ECHO_LENGTH));
  });

  it('cuts a long query after 80 characters with an ellipsis, never inside a character', () => {
    expect(echoQuery('x'.repeat(5000))).toBe(`${'x'.repeat(80)}…`);
    expect(fullQueryTitle('x'.repeat(5000))).toBe('x'.repeat(5000));
    const emoji = '🚓'.repeat(100);
    expect(echoQuery(emoji)).toBe(`${'🚓'.repeat(80)}…`);
  });
});
