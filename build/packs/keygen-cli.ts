import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCommandLine } from '../cli/command-line';
import { generatePackKeyPair } from './pack-keys';

/** `npm run pack:keygen -- --out DIR`: writes a signing key pair; the private key (`.key`) belongs on the signing machine, never in the repository. */
function main(): number {
  const line = readCommandLine({
    script: 'pack:keygen',
    usage: 'npm run pack:keygen -- --out DIR',
    summary:
      'Writes a new Ed25519 key pair for signing content packs: DIR/polcoop-pack-<id>.key (private; keep it off the repository) and .pub.pem (public).',
    options: {
      out: {
        type: 'string',
        required: true,
        value: 'DIR',
        help: 'the folder to write the key pair into, created if missing',
      },
    },
  });
  if (!line.ok) return line.exitCode;
  const dir = resolve(line.values.out);
  mkdirSync(dir, { recursive: true });
  const pair = generatePackKeyPair();
  const privatePath = join(dir, `polcoop-pack-${pair.id}.key`);
  const publicPath = join(dir, `polcoop-pack-${pair.id}.pub.pem`);
  if (existsSync(privatePath)) throw new Error(`${privatePath} exists already`);
  writeFileSync(privatePath, pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
  writeFileSync(publicPath, pair.publicKeyPem, { flag: 'wx' });
  console.log(
    `key id ${pair.id}\nprivate key: ${privatePath} (keep it offline; never commit it)\npublic key:  ${publicPath}`,
  );
  console.log(
    `\nTo trust it, add to electron/trusted-pack-keys.ts:\n  { id: '${pair.id}', label: '…', publicKeyPem: ${JSON.stringify(pair.publicKeyPem)} },`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`pack:keygen: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
