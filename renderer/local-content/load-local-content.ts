import type { Document } from '../../content/model/bundle-schema';
import {
  LOCAL_CONTENT_FILE,
  LOCAL_CONTENT_FOLDER,
  LOCAL_CONTENT_FORMAT,
  type LocalContentIndex,
} from '../../content/model/local-content';
import { SEARCH_INDEX_FILE } from '../../content/model/formats';
import { loadBundle } from '../bundle/load-bundle';

/** The organisation's own documents the shell verified (LocalContentDirectory), whose each is, and their search indexes. */
export interface LocalContent {
  documents: Document[];
  /** The organisation of each local document, by id, for its "Local content" badge. */
  organisations: ReadonlyMap<string, string>;
  /** Each local pack's search index, for the search worker to add beside the official one. */
  searchIndexUrls: string[];
}

/** No local content: the web edition, or a desktop without the policy. */
export const NO_LOCAL_CONTENT: LocalContent = { documents: [], organisations: new Map(), searchIndexUrls: [] };

/**
 * Reads the local packs the shell serves under `local/`: its list, then each pack's compiled bundle through the same
 * loader as the official one, keeping only the documents the shell listed. Never throws; what fails to load is left
 * out (the shell verified every file, so that means a damaged installation, not a choice).
 */
export async function loadLocalContent(folder = LOCAL_CONTENT_FOLDER): Promise<LocalContent> {
  let index: LocalContentIndex;
  try {
    const response = await fetch(`${folder}${LOCAL_CONTENT_FILE}`);
    if (!response.ok) return NO_LOCAL_CONTENT;
    index = (await response.json()) as LocalContentIndex;
    if (index.format !== LOCAL_CONTENT_FORMAT || !Array.isArray(index.packs)) return NO_LOCAL_CONTENT;
  } catch {
    return NO_LOCAL_CONTENT;
  }
  const loads = await Promise.all(index.packs.map((pack) => loadBundle(`${folder}${pack.folder}/bundle/bundle.json`)));
  const documents: Document[] = [];
  const organisations = new Map<string, string>();
  const searchIndexUrls: string[] = [];
  index.packs.forEach((pack, at) => {
    const load = loads[at];
    if (!load?.ok) return;
    const listed = new Set(pack.documents);
    const packFolder = new URL(`${folder}${pack.folder}/bundle/`, document.baseURI);
    for (const local of load.bundle.documents) {
      if (!listed.has(local.id) || organisations.has(local.id)) continue;
      // Its body file lives beside its own catalogue, not in the official bundle folder the reader fetches from.
      documents.push({ ...local, body: { ...local.body, path: new URL(local.body.path, packFolder).href } });
      organisations.set(local.id, pack.organisation);
    }
    searchIndexUrls.push(new URL(`${folder}${pack.folder}/bundle/${SEARCH_INDEX_FILE}`, document.baseURI).href);
  });
  return { documents, organisations, searchIndexUrls };
}
