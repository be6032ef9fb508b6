import { createInflateRaw } from 'node:zlib';
import { isSafeEntryPath } from './entry-path';
import type { ZipLimits } from './zip-limits';

/** The files of an archive by path, or why the archive was refused. */
export type ZipReading = { ok: true; entries: Map<string, Uint8Array> } | { ok: false; reason: string };

/** Progress through the archive, in uncompressed bytes against what the archive declares. */
export type InflateProgress = (done: number, total: number) => void;

interface CentralEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UNIX = 3;
const TYPE_MASK = 0o170000;
const REGULAR = 0o100000;
const DIRECTORY = 0o040000;

class Refusal extends Error {}

function refuse(reason: string): never {
  throw new Refusal(reason);
}

function endOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  return refuse('the archive is truncated or not a zip file: its end record is missing');
}

function centralEntries(archive: Uint8Array, limits: ZipLimits): { entries: CentralEntry[]; directoryStart: number } {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  if (archive.byteLength < 22) refuse('the archive is truncated or not a zip file');
  const eocd = endOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 8, true) !== count)
    refuse('multi-part archives are not supported');
  if (count === 0xffff || offset === 0xffffffff) refuse('ZIP64 archives are not supported');
  if (count > limits.maxEntries) refuse(`the archive has ${count} entries, more than the ${limits.maxEntries} allowed`);
  if (offset + size !== eocd)
    refuse('the archive is truncated or damaged: its directory is not where its end record says');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL)
      refuse('the archive is damaged: its directory is incomplete');
    const madeBy = view.getUint16(at + 4, true) >> 8;
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > eocd) refuse('the archive is damaged: its directory is incomplete');
    let name: string;
    try {
      name = decoder.decode(archive.subarray(at + 46, at + 46 + nameLength));
    } catch {
      return refuse('an entry name is not valid UTF-8');
    }
    const type = (view.getUint32(at + 38, true) >>> 16) & TYPE_MASK;
    if (madeBy === UNIX && type !== 0 && type !== REGULAR && type !== DIRECTORY)
      refuse(`${JSON.stringify(name)} is a symbolic link or special file; packs hold plain files only`);
    if ((view.getUint16(at + 8, true) & 1) !== 0) refuse(`${JSON.stringify(name)} is encrypted`);
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at = next;
  }
  return { entries, directoryStart: offset };
}

function entryData(archive: Uint8Array, entry: CentralEntry, end: number): Uint8Array {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const at = entry.localOffset;
  if (at + 30 > end || view.getUint32(at, true) !== LOCAL)
    refuse(`the archive is damaged: ${entry.name} has no local header`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > end) refuse(`the archive is truncated: ${entry.name} is cut short`);
  return archive.subarray(start, start + entry.compressedSize);
}

function inflateEntry(
  entry: CentralEntry,
  data: Uint8Array,
  budget: number,
  limits: ZipLimits,
  progress: (bytes: number) => void,
): Promise<Uint8Array> {
  if (entry.size > budget)
    refuse(`${entry.name} expands beyond the ${limits.maxTotalBytes} bytes a pack may hold (a zip bomb?)`);
  const cap = Math.max(limits.ratioGraceBytes, data.length * limits.maxRatio);
  if (entry.size > cap) refuse(`${entry.name} expands more than ${limits.maxRatio} times (a zip bomb?)`);
  if (entry.method === 0) {
    if (data.length !== entry.size) refuse(`${entry.name} does not have the size the archive declares`);
    progress(data.length);
    return Promise.resolve(data);
  }
  if (entry.method !== 8) refuse(`${entry.name} uses compression method ${entry.method}; packs use deflate`);
  // Node's own zlib, streaming: output is counted as it arrives and the stream destroyed the moment it passes
  // the size the archive declared (itself checked against the limits above), so a lying entry stops early too.
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
    const chunks: Buffer[] = [];
    let produced = 0;
    let failed = false;
    const fail = (reason: string) => {
      if (failed) return;
      failed = true;
      inflater.destroy();
      reject(new Refusal(reason));
    };
    inflater.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > entry.size)
        return fail(`${entry.name} expands beyond the ${entry.size} bytes the archive declares (a zip bomb?)`);
      chunks.push(chunk);
      progress(chunk.length);
    });
    inflater.on('error', (error) => fail(`${entry.name} is damaged or cut short: ${error.message}`));
    inflater.on('end', () => {
      if (failed) return;
      if (produced !== entry.size)
        fail(
          `${entry.name} is damaged or cut short: it expands to ${produced} bytes, not the ${entry.size} the archive declares`,
        );
      else resolve(Buffer.concat(chunks, produced));
    });
    inflater.end(data);
  });
}

/**
 * Reads every file of a zip archive held in memory. Refuses, with the reason, anything a pack must not contain:
 * paths that leave the folder, links and special files, duplicates, encryption, truncation, and archives that
 * expand beyond the limits: declared sizes are checked first, actual output while inflating, so a bomb stops early.
 */
export async function readZipEntries(
  archive: Uint8Array,
  limits: ZipLimits,
  onProgress?: InflateProgress,
): Promise<ZipReading> {
  try {
    if (archive.byteLength > limits.maxArchiveBytes)
      refuse(`the file is ${archive.byteLength} bytes, more than the ${limits.maxArchiveBytes} a pack may have`);
    const { entries: central, directoryStart } = centralEntries(archive, limits);
    const declared = central.reduce((sum, entry) => sum + entry.size, 0);
    if (declared > limits.maxTotalBytes)
      refuse(`the archive declares ${declared} bytes, more than the ${limits.maxTotalBytes} a pack may hold`);
    const entries = new Map<string, Uint8Array>();
    let done = 0;
    for (const entry of central) {
      const isDirectory = entry.name.endsWith('/');
      const name = isDirectory ? entry.name.slice(0, -1) : entry.name;
      if (!isSafeEntryPath(name)) refuse(`${JSON.stringify(entry.name)} would be written outside the pack folder`);
      if (entries.has(name)) refuse(`${JSON.stringify(entry.name)} appears twice in the archive`);
      if (isDirectory) {
        if (entry.size !== 0) refuse(`${JSON.stringify(entry.name)} is a folder with data`);
        continue;
      }
      const data = entryData(archive, entry, directoryStart);
      entries.set(
        name,
        await inflateEntry(entry, data, limits.maxTotalBytes - done, limits, (bytes) => {
          done += bytes;
          onProgress?.(done, declared);
        }),
      );
    }
    return { ok: true, entries };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    throw error;
  }
}
