/** What a pack archive may expand to; checked while inflating, so a zip bomb is stopped before it fills memory. */
export interface ZipLimits {
  /** The archive file itself. */
  maxArchiveBytes: number;
  maxEntries: number;
  /** All entries together, uncompressed. */
  maxTotalBytes: number;
  /** Uncompressed bytes per compressed byte, checked once an entry has produced `ratioGraceBytes`. */
  maxRatio: number;
  ratioGraceBytes: number;
}

/**
 * Limits for real packs: far above a 10,000-document reference (about 100 MB, ratio under 20; one body file per
 * document since bundle format 2, so entries are documents plus a handful), far below harm.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxArchiveBytes: 512 * 1024 * 1024,
  maxEntries: 50_000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioGraceBytes: 1024 * 1024,
};
