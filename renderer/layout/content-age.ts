/** How long after its content date a bundle counts as possibly out of date. */
const STALE_AFTER_MONTHS = 6;

/** True when `now` is more than six months past the content date (an ISO date). */
export function isContentStale(contentDate: string, now: Date): boolean {
  const limit = new Date(`${contentDate}T00:00:00Z`);
  if (Number.isNaN(limit.getTime())) return false;
  limit.setUTCMonth(limit.getUTCMonth() + STALE_AFTER_MONTHS);
  return now.getTime() > limit.getTime();
}
