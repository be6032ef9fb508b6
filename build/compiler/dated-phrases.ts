/** A forward-looking phrase ("expected in 2025", "planned for the second quarter of 2027") and the period it names. */
export interface DatedPhrase {
  text: string;
  year: number;
  /** First and last month (1-12) of the period the phrase names within the year. */
  months: [number, number];
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Parts of a year a phrase may name, as their first and last month. */
const PERIODS: [RegExp, [number, number]][] = [
  [/^(?:early|the beginning of|the start of|spring)$/, [1, 6]],
  [/^(?:mid|the middle of|summer)$/, [4, 9]],
  [/^(?:late|the end of|end|autumn|winter)$/, [7, 12]],
  [/^(?:the )?(?:first quarter of|q1)$/, [1, 3]],
  [/^(?:the )?(?:second quarter of|q2)$/, [4, 6]],
  [/^(?:the )?(?:third quarter of|q3)$/, [7, 9]],
  [/^(?:the )?(?:fourth quarter of|q4)$/, [10, 12]],
  [/^(?:the )?(?:first half of|h1)$/, [1, 6]],
  [/^(?:the )?(?:second half of|h2)$/, [7, 12]],
];

const PERIOD_WORDS = [
  'early',
  'mid',
  'late',
  'end of',
  'the end of',
  'the beginning of',
  'the start of',
  'the middle of',
  'spring',
  'summer',
  'autumn',
  'winter',
  '(?:the )?(?:first|second|third|fourth) quarter of',
  '(?:the )?(?:first|second) half of',
  'q[1-4]',
  'h[12]',
  ...MONTHS,
].join('|');

/**
 * A word that looks forward ("expected", "planned", "due"), not told in the past ("was expected"), then within a
 * clause a preposition and a year, perhaps with a part of the year or a month before it.
 */
const FORWARD = new RegExp(
  `(?<!\\b(?:was|were|had been|originally)\\s)\\b(?:expected|due|planned|scheduled|foreseen|envisaged|targeted|aimed|intended|anticipated|set to \\w+)\\b` +
    `[^.;\\n]{0,60}?\\b(?:in|by|for|during|before|until|from|around)\\s+(?:(${PERIOD_WORDS})[-\\s]+)?(20\\d{2})\\b`,
  'gi',
);

/** The months a period word names. */
function monthsOf(word: string | undefined): [number, number] {
  if (!word) return [1, 12];
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  const month = MONTHS.indexOf(lower);
  if (month >= 0) return [month + 1, month + 1];
  return PERIODS.find(([pattern]) => pattern.test(lower))?.[1] ?? [1, 12];
}

/** The last day of a phrase's period, as an ISO date. */
export function periodEnd(phrase: DatedPhrase): string {
  const last = new Date(Date.UTC(phrase.year, phrase.months[1], 0));
  return last.toISOString().slice(0, 10);
}

/** Every forward-looking dated phrase in `text`. */
export function datedPhrases(text: string): DatedPhrase[] {
  return [...text.matchAll(FORWARD)].map((m) => ({ text: m[0], year: Number(m[2]), months: monthsOf(m[1]) }));
}

/** The forward-looking phrases in `text` whose whole period ended before `today`. */
export function stalePhrases(text: string, today: string): DatedPhrase[] {
  return datedPhrases(text).filter((phrase) => periodEnd(phrase) < today);
}
