import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Bundle, Manifest } from '../../content/model/bundle-schema';
import { BUNDLE_FORMAT, CATALOGUE_FILE, SEARCH_INDEX_FILE, SEARCH_PASSAGES_FILE } from '../../content/model/formats';
import type { LanguageFile } from '../../content/model/language-file-schema';
import { languageFileName } from '../../content/model/languages';
import type { SearchFiles } from '../../content/model/search-index-schema';
import type { BodyFileOutput } from './fields/document-body-fields';

/** The files of a compiled bundle, as they will be written. */
export interface BundleFiles {
  bundle: Bundle;
  /** One body file per document, already serialised (the catalogue holds each one's hash). */
  bodies: readonly BodyFileOutput[];
  search: SearchFiles;
  /** One file per language besides English, fetched only by a reader in that language. */
  languages: readonly LanguageFile[];
}

/** Serialises the bundle files and the manifest that lists their hashes; same input, same bytes. */
export function serialiseBundle({ bundle, bodies, search, languages }: BundleFiles): Map<string, string> {
  const files = new Map<string, string>([
    [CATALOGUE_FILE, JSON.stringify(bundle)],
    ...bodies.map(({ file, text }): [string, string] => [file.path, text]),
    [SEARCH_INDEX_FILE, JSON.stringify(search.index)],
    [SEARCH_PASSAGES_FILE, JSON.stringify(search.passages)],
    ...languages.map((file): [string, string] => [languageFileName(file.language), JSON.stringify(file)]),
  ]);
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    bundleId: bundle.id,
    version: bundle.version,
    contentDate: bundle.contentDate,
    compilerVersion: bundle.compilerVersion,
    files: [...files].map(([path, text]) => ({
      path,
      size: Buffer.byteLength(text),
      sha256: createHash('sha256').update(text).digest('hex'),
    })),
  };
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}

/** Stage 6: writes the bundle into a fresh folder beside `outDir`, then swaps it in, so a failed write leaves the old bundle. */
export function write(files: Map<string, string>, outDir: string): void {
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(staging, path)), { recursive: true });
    writeFileSync(join(staging, path), text);
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(dirname(outDir), { recursive: true });
  renameSync(staging, outDir);
}
