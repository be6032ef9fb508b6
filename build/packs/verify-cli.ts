import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packKeyId, type TrustedPackKey } from '../../electron/content-packs/pack-signature';
import { stagePack } from '../../electron/content-packs/stage-pack';
import { DEFAULT_ZIP_LIMITS } from '../../electron/content-packs/zip-limits';
import { trustedPackKeys } from '../../electron/trusted-pack-keys';

/** `npm run pack:verify -- FILE [--trusted KEYFILE]`: checks a pack exactly as the app does (in a temporary folder) and prints its manifest. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { trusted: { type: 'string' } } });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new Error('usage: npm run pack:verify -- FILE [--trusted PUBLIC_KEY_FILE]');
  const keys: readonly TrustedPackKey[] = values.trusted
    ? [{ id: packKeyId(readFileSync(resolve(values.trusted), 'utf8')), label: values.trusted, publicKeyPem: readFileSync(resolve(values.trusted), 'utf8') }]
    : trustedPackKeys;
  const work = mkdtempSync(join(tmpdir(), 'polcoop-verify-'));
  try {
    const check = await stagePack(readFileSync(resolve(file)), join(work, 'pack'), { keys, limits: DEFAULT_ZIP_LIMITS });
    if (!check.ok) {
      console.error(`REFUSED ${file}: ${check.reason}`);
      process.exitCode = 1;
      return;
    }
    console.log(`OK ${file}: signed by key ${check.signer.id} (${check.signer.label}); ${check.manifest.files.length} files match their SHA-256`);
    console.log(JSON.stringify(check.manifest, null, 2));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`pack:verify: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
