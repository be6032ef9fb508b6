import { texts } from '../texts/active-texts';

const formats = new Map<string, Intl.DateTimeFormat>();

/** An ISO date (`2006-12-18`) in words in the interface's locale (`18 December 2006`, `18 décembre 2006`); anything else is shown as written. */
export function formatDate(iso: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime())) return iso;
  let format = formats.get(texts.locale);
  if (!format) {
    format = new Intl.DateTimeFormat(texts.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(texts.locale, format);
  }
  return format.format(date);
}
