/** The text sizes offered, in percent of the default. */
const FONT_SIZES = [80, 90, 100, 110, 120, 135, 150, 175] as const;

/** The default text size. */
export const DEFAULT_FONT_SIZE = 100;

/** Accepts only an offered size from storage. */
export function parseFontSize(raw: unknown): number | undefined {
  return FONT_SIZES.find((size) => size === raw);
}

/** The next offered size in a direction (+1 larger, -1 smaller), staying at the ends. */
export function stepFontSize(current: number, direction: 1 | -1): number {
  const index = FONT_SIZES.findIndex((size) => size === current);
  const next = Math.min(
    FONT_SIZES.length - 1,
    Math.max(0, (index < 0 ? FONT_SIZES.indexOf(DEFAULT_FONT_SIZE) : index) + direction),
  );
  return FONT_SIZES[next] ?? DEFAULT_FONT_SIZE;
}
