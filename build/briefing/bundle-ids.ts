import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The ids of every document in a built bundle, to refuse unknown ids before anything is rendered. */
export async function bundleDocumentIds(bundleDir: string): Promise<Set<string>> {
  const bundle = JSON.parse(await readFile(join(bundleDir, 'bundle.json'), 'utf8')) as { documents: { id: string }[] };
  return new Set(bundle.documents.map((doc) => doc.id));
}
