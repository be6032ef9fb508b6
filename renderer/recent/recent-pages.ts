import { z } from 'zod';

const STORAGE_KEY = 'polcoop:recent';
const MAX_RECENT = 8;

const recentSchema = z.array(z.strictObject({ kind: z.enum(['doc', 'term']), id: z.string() }));

/** A page the officer opened, by stable id so it survives content updates. */
export type RecentPage = z.infer<typeof recentSchema>[number];

/** The pages opened most recently, newest first; empty when nothing valid is stored. */
export function readRecentPages(): RecentPage[] {
  try {
    const parsed = recentSchema.safeParse(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Puts a page at the front of the recent list, once, keeping the newest few. */
export function recordRecentPage(page: RecentPage): void {
  const rest = readRecentPages().filter((p) => p.kind !== page.kind || p.id !== page.id);
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify([page, ...rest].slice(0, MAX_RECENT)));
  } catch {
    // A full or disabled storage only means the list is not kept.
  }
}
