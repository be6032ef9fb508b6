import { createPublicKey } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packKeyId } from '../../electron/content-packs/pack-signature';
import { makePack } from './make-pack';

const USAGE = 'usage: npm run pack:make -- --key KEY --out FILE [--content DIR] [--min-app-version V]';

/** `npm run pack:make`: compiles the content, signs its manifest with the private key and writes one `.polcoop` file. */
function main(): void {
  const { values } = parseArgs({ options: { key: { type: 'string' }, out: { type: 'string' }, content: { type: 'string', default: 'content' }, 'min-app-version': { type: 'string' } } });
  if (!values.key || !values.out) throw new Error(USAGE);
  const appVersion = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;
  const privateKeyPem = readFileSync(resolve(values.key), 'utf8');
  const pack = makePack(resolve(values.content), privateKeyPem, values['min-app-version'] ?? appVersion);
  const out = resolve(values.out);
  // Written beside the target and renamed, so an interrupted run never leaves a half pack under the final name.
  writeFileSync(`${out}.partial`, pack);
  renameSync(`${out}.partial`, out);
  console.log(`wrote ${out} (${pack.length} bytes), signed with key ${packKeyId(createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString())}`);
}

try {
  main();
} catch (error) {
  console.error(`pack:make: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
