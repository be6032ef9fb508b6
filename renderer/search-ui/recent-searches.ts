import { z } from 'zod';

const STORAGE_KEY = 'polcoop:recent-searches';
const MAX_RECENT = 8;
const MAX_LENGTH = 200;

const recentSchema = z.array(z.string());

/** The searches made most recently, newest first; empty when nothing valid is stored. */
export function readRecentSearches(): string[] {
  try {
    const parsed = recentSchema.safeParse(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]'));
    return parsed.success ? parsed.data.slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

/** Puts a search at the front of the list, once (ignoring case and spacing), keeping the newest few. */
export function recordRecentSearch(query: string): void {
  const clean = query.trim().replace(/\s+/g, ' ').slice(0, MAX_LENGTH);
  if (!clean) return;
  const rest = readRecentSearches().filter((q) => q.toLowerCase() !== clean.toLowerCase());
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify([clean, ...rest].slice(0, MAX_RECENT)));
  } catch {
    // A full or disabled storage only means the list is not kept.
  }
}
