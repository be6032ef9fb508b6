import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Manifest } from '../../content/model/bundle-schema';
import { BUNDLE_FORMAT, CATALOGUE_FILE, documentBodyPath } from '../../content/model/formats';

/** A document of a sample bundle: only what change lists and bookmarks look at. */
export interface SampleDocument {
  id: string;
  title: string;
  kind?: string;
  /** Changes the document's content hash, as an edit of its text would. */
  text?: string;
}

/** What a sample bundle is: its identity and documents. */
export interface SampleBundle {
  bundleId?: string;
  /** The bundle's title (a local pack's organisation); none when absent. */
  title?: string;
  version: string;
  documents: SampleDocument[];
  /** Characters of random hex, for a bundle of some size that compresses like text does not (crash test, progress). */
  padding?: number;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * Writes a bundle folder in the format's layout (the catalogue bundle.json, one body file per document,
 * search-index.json, manifest.json with every hash) without running the compiler, for the content-pack tests and the
 * crash test, which need many versions quickly.
 */
export function writeSampleBundle(dir: string, sample: SampleBundle): void {
  mkdirSync(dir, { recursive: true });
  const bodies = new Map(
    sample.documents.map(({ id, title, text = title }): [string, string] => [
      documentBodyPath(id),
      JSON.stringify({ format: BUNDLE_FORMAT, id, html: `<p>${text}</p>`, toc: [] }),
    ]),
  );
  const documents = sample.documents.map(({ id, title, kind = 'instrument', text = title }) => {
    const path = documentBodyPath(id);
    const body = bodies.get(path) ?? '';
    return {
      id,
      title,
      kind,
      contentHash: sha256(`${id}\n${text}`),
      body: { path, size: Buffer.byteLength(body), sha256: sha256(body) },
    };
  });
  const files = new Map<string, string>([
    ...bodies,
    [
      CATALOGUE_FILE,
      JSON.stringify({
        format: BUNDLE_FORMAT,
        id: sample.bundleId ?? 'eu-police-cooperation',
        ...(sample.title === undefined ? {} : { title: sample.title }),
        version: sample.version,
        documents,
        padding: randomBytes(Math.ceil((sample.padding ?? 0) / 2)).toString('hex'),
      }),
    ],
    ['search-index.json', JSON.stringify({ version: sample.version, ids: documents.map((document) => document.id) })],
  ]);
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    bundleId: sample.bundleId ?? 'eu-police-cooperation',
    version: sample.version,
    contentDate: '2026-11-28',
    compilerVersion: '1.0.0',
    files: [...files].map(([path, text]) => ({ path, size: Buffer.byteLength(text), sha256: sha256(text) })),
  };
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}
