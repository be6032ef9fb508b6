import type { Document } from '../../content/model/bundle-schema';
import type { DocumentBody } from '../../content/model/document-body-schema';
import { formatProblem } from '../../content/model/format-check';
import { BUNDLE_FORMAT } from '../../content/model/formats';

/** Why a document's body could not be shown: its file is absent, not the file the catalogue names, or unreadable. */
export type BodyProblem = 'missing' | 'tampered' | 'unreadable';

/** A document's body, or why it could not be read (with the file's path, for the message). */
export type BodyLoad =
  { ok: true; body: DocumentBody } | { ok: false; problem: BodyProblem; file: string; detail: string };

/** Where views get documents' bodies from: fetched once each and kept, so a document opened again shows at once. */
export interface BodySource {
  /** The body if it has already arrived, so a cached document renders without a loading state. */
  peek(id: string): DocumentBody | undefined;
  /** The body of `doc`, fetched once; a failure is not kept, so opening the document again tries again. */
  load(doc: Pick<Document, 'id' | 'body'>): Promise<BodyLoad>;
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string | undefined> {
  // crypto.subtle exists only in secure contexts (app://, https, loopback); elsewhere the server's check stands alone.
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:/i;

/** Fetches one body file and checks it against the catalogue's size and SHA-256; never throws. */
async function fetchBody(folder: string, doc: Pick<Document, 'id' | 'body'>): Promise<BodyLoad> {
  // A local pack's documents carry their body's full URL (they live beside their own bundle); the rest are relative.
  const file = ABSOLUTE_URL.test(doc.body.path) ? doc.body.path : `${folder}${doc.body.path}`;
  try {
    const response = await fetch(file);
    if (!response.ok)
      return { ok: false, problem: 'missing', file, detail: `${response.status} ${response.statusText}` };
    const bytes = await response.arrayBuffer();
    const sha256 = await sha256Hex(bytes);
    if (bytes.byteLength !== doc.body.size || (sha256 !== undefined && sha256 !== doc.body.sha256))
      return { ok: false, problem: 'tampered', file, detail: 'its SHA-256 does not match the catalogue' };
    const data: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const problem = formatProblem(data, file, { kind: 'document body', format: BUNDLE_FORMAT, arrays: ['toc'] });
    if (problem !== null) return { ok: false, problem: 'unreadable', file, detail: problem };
    const body = data as DocumentBody;
    if (body.id !== doc.id || typeof body.html !== 'string')
      return { ok: false, problem: 'unreadable', file, detail: `it does not hold the body of ${doc.id}` };
    return { ok: true, body };
  } catch (error) {
    return { ok: false, problem: 'unreadable', file, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The app's body source: bodies fetched from the bundle folder beside the catalogue. */
export function fetchedBodies(folder: string): BodySource {
  const arrived = new Map<string, DocumentBody>();
  const pending = new Map<string, Promise<BodyLoad>>();
  return {
    peek: (id) => arrived.get(id),
    load(doc) {
      const body = arrived.get(doc.id);
      if (body) return Promise.resolve({ ok: true, body });
      let request = pending.get(doc.id);
      if (!request) {
        request = fetchBody(folder, doc).then((loaded) => {
          pending.delete(doc.id);
          if (loaded.ok) arrived.set(doc.id, loaded.body);
          return loaded;
        });
        pending.set(doc.id, request);
      }
      return request;
    },
  };
}
