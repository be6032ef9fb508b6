import type { UiLanguage } from '../../content/model/languages';

/**
 * An Official Journal reference as that language's edition writes it: "OJ L 119, 4.5.2016, p. 132" is
 * "JO L 119 du 4.5.2016, p. 132" and "ABl. L 119 vom 4.5.2016, S. 132"; "OJ L, 2024/982, 5.4.2024" is "JO L, 2024/982, 5.4.2024"
 * and "ABl. L, 2024/982, 5.4.2024". A reference in another form is returned as written.
 */
export function ojReference(oj: string, language: UiLanguage): string {
  if (language === 'en') return oj;
  const journal = language === 'fr' ? 'JO' : 'ABl.';
  const old = /^OJ ([LC]) (\d+[A-Z]?), (\d{1,2}\.\d{1,2}\.\d{4}), p\. (\d+)(.*)$/.exec(oj);
  if (old) {
    const [, series, issue, date, page, rest] = old;
    return language === 'fr'
      ? `${journal} ${series} ${issue} du ${date}, p. ${page}${rest}`
      : `${journal} ${series} ${issue} vom ${date}, S. ${page}${rest}`;
  }
  const actByAct = /^OJ ([LC]), (\d{4}\/\d+, \d{1,2}\.\d{1,2}\.\d{4}.*)$/.exec(oj);
  return actByAct ? `${journal} ${actByAct[1]}, ${actByAct[2]}` : oj;
}
