/**
 * The offset of the first syntax error in a JSON text, found by walking its grammar, for messages that name the
 * line: Node 20's JSON.parse says what went wrong but often not where. Undefined when the text is valid JSON.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let at = 0;
  const fail = (): never => {
    throw at;
  };
  const space = () => {
    while (/[ \t\r\n]/.test(text[at] ?? '')) at += 1;
  };
  const literal = (word: string) => (text.startsWith(word, at) ? (at += word.length) : fail());
  const string = () => {
    at += 1;
    while (text[at] !== '"') {
      if (at >= text.length || /[\u0000-\u001f]/.test(text[at] ?? '')) fail(); // eslint-disable-line no-control-regex -- raw control characters are not allowed in JSON strings
      if (text[at] === '\\') {
        at += 1;
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail();
          at += 4;
        } else if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail();
      }
      at += 1;
    }
    at += 1;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    at += match ? match[0].length : fail();
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{')
      return members('}', () =>
        text[at] === '"' ? (string(), space(), text[at] === ':' ? ((at += 1), value()) : fail()) : fail(),
      );
    if (char === '[') return members(']', value);
    if (char === '"') return string();
    if (char === 't') return void literal('true');
    if (char === 'f') return void literal('false');
    if (char === 'n') return void literal('null');
    number();
  };
  const members = (close: string, member: () => void) => {
    at += 1;
    space();
    if (text[at] === close) return void (at += 1);
    for (;;) {
      space();
      member();
      space();
      if (text[at] === close) return void (at += 1);
      if (text[at] !== ',') fail();
      at += 1;
    }
  };
  try {
    value();
    space();
    return at < text.length ? at : undefined;
  } catch (offset) {
    return offset as number;
  }
}
