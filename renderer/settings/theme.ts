/** The colour themes; `system` follows the operating system's light or dark preference. */
export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;

/** A colour theme. */
export type Theme = (typeof THEMES)[number];

/** Accepts only a known theme name from storage. */
export function parseTheme(raw: unknown): Theme | undefined {
  return THEMES.find((t) => t === raw);
}
