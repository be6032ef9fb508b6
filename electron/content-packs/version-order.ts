import { releaseVersionSchema } from '../../content/model/pack-manifest-schema';

/** Orders two dotted release numbers (missing parts count as 0); undefined when either is not one. */
export function compareVersions(a: string, b: string): -1 | 0 | 1 | undefined {
  if (!releaseVersionSchema.safeParse(a).success || !releaseVersionSchema.safeParse(b).success) return undefined;
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  return 0;
}
