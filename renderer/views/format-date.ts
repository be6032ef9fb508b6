import { texts } from '../texts/en';

const format = new Intl.DateTimeFormat(texts.locale, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** An ISO date (`2006-12-18`) in words (`18 December 2006`); anything else is shown as written. */
export function formatDate(iso: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : undefined;
  return date && !Number.isNaN(date.getTime()) ? format.format(date) : iso;
}
