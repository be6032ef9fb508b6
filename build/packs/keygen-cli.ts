import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generatePackKeyPair } from './pack-keys';

/** `npm run pack:keygen -- --out DIR`: writes a signing key pair; the private key (`.key`) belongs on the signing machine, never in the repository. */
function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  if (!values.out) throw new Error('usage: npm run pack:keygen -- --out DIR');
  const dir = resolve(values.out);
  mkdirSync(dir, { recursive: true });
  const pair = generatePackKeyPair();
  const privatePath = join(dir, `polcoop-pack-${pair.id}.key`);
  const publicPath = join(dir, `polcoop-pack-${pair.id}.pub.pem`);
  if (existsSync(privatePath)) throw new Error(`${privatePath} exists already`);
  writeFileSync(privatePath, pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
  writeFileSync(publicPath, pair.publicKeyPem, { flag: 'wx' });
  console.log(`key id ${pair.id}\nprivate key: ${privatePath} (keep it offline; never commit it)\npublic key:  ${publicPath}`);
  console.log(`\nTo trust it, add to electron/trusted-pack-keys.ts:\n  { id: '${pair.id}', label: '…', publicKeyPem: ${JSON.stringify(pair.publicKeyPem)} },`);
}

try {
  main();
} catch (error) {
  console.error(`pack:keygen: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
