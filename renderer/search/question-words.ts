/** Words that open a question ("what", "can", "is"): a query starting with one is read as a question. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(
  (
    'what which who whom whose when where why how can could may might must should would will shall do does did is ' +
    'are was were has have had am i'
  ).split(' '),
);

/**
 * Words a question wraps its subject in ("can I", "what do I do", "still", "tell me"): in a question they only add a
 * little to the score and never count against a page that lacks them, so the content words decide. In a keyword query
 * they are ordinary words.
 */
const FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    'what which who whom whose when where why how can could may might must should would will shall do does did done ' +
    'is are was were be been being has have had am i me my we our us you your someone somebody anyone anybody one ' +
    'still yet now currently really actually exactly please tell know need needs want wants get gets happen happens ' +
    'there here it its this that these those a an the of to in on for about with by at as so if then else ever any ' +
    'some thing things way ways kind sort'
  ).split(' '),
);

/** True when the words read as a question: they open with a question word, or the text ends with a question mark. */
export function isQuestion(words: readonly string[], text: string): boolean {
  return QUESTION_OPENERS.has(words[0] ?? '') || /\?\s*$/.test(text);
}

/** True for a word a question only wraps its subject in. */
export function isFiller(word: string): boolean {
  return FILLER_WORDS.has(word);
}
