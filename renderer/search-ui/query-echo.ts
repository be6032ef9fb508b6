/** The longest query the interface repeats in full, in characters; a longer one is cut with an ellipsis. */
export const ECHO_LENGTH = 80;

function characters(query: string): string[] {
  // By code point, so that a cut never splits a character made of two UTF-16 units.
  return Array.from(query.trim().replace(/\s+/g, ' '));
}

/** A query as the interface repeats it ("Nothing found for …"): spaces collapsed, cut after ECHO_LENGTH characters. */
export function echoQuery(query: string): string {
  const all = characters(query);
  return all.length > ECHO_LENGTH ? `${all.slice(0, ECHO_LENGTH).join('')}…` : all.join('');
}

/** The whole query, for a hover title where its echo was cut; undefined where the echo shows all of it. */
export function fullQueryTitle(query: string): string | undefined {
  const all = characters(query);
  return all.length > ECHO_LENGTH ? all.join('') : undefined;
}
