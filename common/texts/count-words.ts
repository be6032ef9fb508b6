/** The plural forms of a counted word; `other` is always required, the rest as the language has them. */
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A counter for one locale: the number as the locale writes it, then the word in the plural form
 * Intl.PluralRules picks ("1 résultat", "0 résultat", "2 résultats"; "1 Treffer", "2 Treffer").
 */
export function countWords(locale: string): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (n, forms) => `${numbers.format(n)} ${forms[rules.select(n)] ?? forms.other}`;
}
