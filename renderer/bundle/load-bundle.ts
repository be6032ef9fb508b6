import { bundleSchema, type Bundle } from '../../content/model/bundle-schema';

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return response.json();
}

/** Fetches and validates the compiled bundle served beside the renderer. */
export async function loadBundle(): Promise<Bundle> {
  return bundleSchema.parse(await fetchJson('bundle/bundle.json'));
}
