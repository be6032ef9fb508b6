/**
 * Why a local pack's documents cannot join the reference, or null when they can: a local document never replaces or
 * changes an official one, so an id the official bundle (or an earlier local pack) already has refuses the whole pack
 * (it was signed as a whole; serving part of it would change what it says).
 */
export function officialCollisions(
  ids: readonly string[],
  official: ReadonlySet<string>,
  otherLocal: ReadonlySet<string>,
): string | null {
  const clashOfficial = ids.filter((id) => official.has(id));
  if (clashOfficial.length > 0)
    return `its documents ${listed(clashOfficial)} have the ids of official documents; local content cannot replace or change the official reference`;
  const clashLocal = ids.filter((id) => otherLocal.has(id));
  if (clashLocal.length > 0)
    return `its documents ${listed(clashLocal)} have the ids of another local pack's documents`;
  const seen = new Set<string>();
  const twice = ids.filter((id) => seen.size === seen.add(id).size);
  return twice.length > 0 ? `it holds ${listed(twice)} more than once` : null;
}

function listed(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).map((id) => `"${id}"`);
  return ids.length > 5 ? `${shown.join(', ')} and ${ids.length - 5} more` : shown.join(', ');
}
