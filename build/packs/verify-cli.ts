import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { packKeyId, type TrustedPackKey } from '../../electron/content-packs/pack-signature';
import { stagePack } from '../../electron/content-packs/stage-pack';
import { DEFAULT_ZIP_LIMITS } from '../../electron/content-packs/zip-limits';
import { trustedPackKeys } from '../../electron/trusted-pack-keys';
import { readCommandLine } from '../cli/command-line';

/** `npm run pack:verify -- FILE [--trusted KEY]`: checks a pack exactly as the app does (in a temporary folder) and prints its manifest. */
async function main(): Promise<number> {
  const line = readCommandLine({
    script: 'pack:verify',
    usage: 'npm run pack:verify -- FILE [--trusted KEY]',
    summary:
      'Checks a content pack as the app does (signature by a trusted key, every file against its SHA-256, limits) and prints its manifest. Exit status 1 when the pack is refused.',
    options: {
      trusted: {
        type: 'string',
        value: 'KEY',
        help: "a public key file (.pub.pem from pack:keygen) to trust instead of the app's keys in electron/trusted-pack-keys.ts",
      },
    },
    positionals: { min: 1, max: 1, name: 'FILE' },
  });
  if (!line.ok) return line.exitCode;
  const [file = ''] = line.positionals;
  const trusted = line.values.trusted;
  const keys: readonly TrustedPackKey[] = trusted
    ? [
        {
          id: packKeyId(readFileSync(resolve(trusted), 'utf8')),
          label: trusted,
          publicKeyPem: readFileSync(resolve(trusted), 'utf8'),
        },
      ]
    : trustedPackKeys;
  const work = mkdtempSync(join(tmpdir(), 'polcoop-verify-'));
  try {
    const check = await stagePack(readFileSync(resolve(file)), join(work, 'pack'), {
      keys,
      limits: DEFAULT_ZIP_LIMITS,
    });
    if (!check.ok) {
      console.error(`REFUSED ${file}: ${check.reason}`);
      return 1;
    }
    console.log(
      `OK ${file}: signed by key ${check.signer.id} (${check.signer.label}); ${check.manifest.files.length} files match their SHA-256`,
    );
    console.log(JSON.stringify(check.manifest, null, 2));
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`pack:verify: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
