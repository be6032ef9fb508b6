import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { generatePackKeyPair, signManifest, type PackKeyPair } from '../../../build/packs/pack-keys';
import { packBundle } from '../../../build/packs/make-pack';
import { writeSampleBundle, type SampleBundle } from '../../../build/packs/sample-bundle';
import type { TrustedPackKey } from '../../../electron/content-packs/pack-signature';

/** A key pair made at test time, and the app-side trusted-key entry for it. */
export function testKey(label = 'test key'): PackKeyPair & { trusted: TrustedPackKey } {
  const pair = generatePackKeyPair();
  return { ...pair, trusted: { id: pair.id, label, publicKeyPem: pair.publicKeyPem } };
}

/** A temporary folder removed by `cleanup`. */
export function tempDir(dirs: string[], prefix = 'polcoop-packs-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** Removes the folders a test made. */
export function cleanup(dirs: string[]): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes a sample bundle and a signed pack of it; returns the pack's path. */
export function samplePack(dirs: string[], key: PackKeyPair, sample: SampleBundle, minAppVersion = '0.1.0'): string {
  const work = tempDir(dirs);
  writeSampleBundle(join(work, 'bundle'), sample);
  const file = join(work, `${sample.version}.polcoop`);
  writeFileSync(file, packBundle(join(work, 'bundle'), key.privateKeyPem, minAppVersion));
  return file;
}

/** Rewrites a pack's archive: `edit` may change, add or delete entries; entries may carry zip attributes. */
export function rezip(dirs: string[], file: string, edit: (entries: Zippable) => void): string {
  const entries: Zippable = unzipSync(readFileSync(file));
  edit(entries);
  const out = join(tempDir(dirs), 'edited.polcoop');
  writeFileSync(out, zipSync(entries));
  return out;
}

/** Re-signs an edited manifest with a key, as a publisher who made a mistake (or an attacker with the key) would. */
export function resign(entries: Zippable, manifest: unknown, key: PackKeyPair): void {
  const bytes = Buffer.from(JSON.stringify(manifest));
  entries['manifest.json'] = bytes;
  entries['manifest.sig'] = Buffer.from(signManifest(bytes, key.privateKeyPem));
}

/** Every file under a folder with its SHA-256: compared before and after an import to prove nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    let names: string[];
    try {
      names = readdirSync(at);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) {
        out[`${relative(dir, path)}/`] = 'folder';
        walk(path);
      } else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** One key per test run, shared by a mocked `trusted-pack-keys` module and the test that signs with it. */
export const sharedTestKey = testKey('injected test key');
