/**
 * English stop words dropped from the index and from queries. lunr's own list also drops may, must,
 * should, not, no, nor, can, could, would, will, shall, only, other, own and few: words that change the
 * meaning of legal text, so they are kept here.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been being but by did do does doing for from had has have having he her hers ' +
    'him his how i if in into is it its itself me my of off on or our ours she so than that the their ' +
    'theirs them then there these they this those to too up very was we were what when where which while ' +
    'who whom why with you your yours also any each'
  ).split(' '),
);
