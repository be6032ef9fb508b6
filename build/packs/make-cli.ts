import { createPublicKey } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packKeyId } from '../../electron/content-packs/pack-signature';
import { readCommandLine } from '../cli/command-line';
import { makePack } from './make-pack';

/** `npm run pack:make`: compiles the content, signs its manifest with the private key and writes one `.polcoop` file. */
function main(): number {
  const line = readCommandLine({
    script: 'pack:make',
    usage: 'npm run pack:make -- --key KEY --out FILE [--content DIR] [--min-app-version V]',
    summary:
      'Compiles the content, signs its manifest with the private key and writes one content pack (.polcoop) for the app to import.',
    options: {
      key: { type: 'string', required: true, value: 'KEY', help: 'the private key file that pack:keygen wrote' },
      out: { type: 'string', required: true, value: 'FILE', help: 'the pack file to write' },
      content: { type: 'string', default: 'content', value: 'DIR', help: 'the content folder to compile' },
      'min-app-version': {
        type: 'string',
        value: 'V',
        help: 'the oldest app version that may install the pack (default: this version)',
      },
    },
  });
  if (!line.ok) return line.exitCode;
  const { values } = line;
  const appVersion = (
    JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }
  ).version;
  const privateKeyPem = readFileSync(resolve(values.key), 'utf8');
  const pack = makePack(resolve(values.content), privateKeyPem, values['min-app-version'] ?? appVersion);
  const out = resolve(values.out);
  // Written beside the target and renamed, so an interrupted run never leaves a half pack under the final name.
  writeFileSync(`${out}.partial`, pack);
  renameSync(`${out}.partial`, out);
  console.log(
    `wrote ${out} (${pack.length} bytes), signed with key ${packKeyId(createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString())}`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`pack:make: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
