import { bundleSchema, type Bundle } from '../../content/model/bundle-schema';
import { searchIndexFileSchema, type SearchIndexFile } from '../../content/model/search-index-schema';

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return response.json();
}

/** Fetches and validates the compiled bundle served beside the renderer. */
export async function loadBundle(): Promise<Bundle> {
  return bundleSchema.parse(await fetchJson('bundle/bundle.json'));
}

/** Fetches and validates the prebuilt search index. */
export async function loadSearchIndex(): Promise<SearchIndexFile> {
  return searchIndexFileSchema.parse(await fetchJson('bundle/search-index.json'));
}
