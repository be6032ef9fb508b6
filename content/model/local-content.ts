// The list of verified local packs the desktop shell serves beside the official bundle (LocalContentDirectory).
// Only types and names: the shell writes the file from packs it has verified, and the renderer checks its format.

/** The version of `local/local-content.json`; readers ignore another. */
export const LOCAL_CONTENT_FORMAT = 1;

/** Where the shell serves local content (app://polcoop/local/), and the list of its packs there. */
export const LOCAL_CONTENT_FOLDER = 'local/';
export const LOCAL_CONTENT_FILE = 'local-content.json';

/** One verified local pack: its folder under `local/` (a compiled bundle), whose it is, and the documents it adds. */
export interface LocalPackEntry {
  folder: string;
  /** The organisation the pack is from: its bundle's title, shown on the "Local content" badge. */
  organisation: string;
  bundleId: string;
  version: string;
  /** The ids of its documents, none of them an official id. */
  documents: string[];
}

/** `local/local-content.json`. */
export interface LocalContentIndex {
  format: typeof LOCAL_CONTENT_FORMAT;
  packs: LocalPackEntry[];
}
