import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { caddyfile } from './kits/caddyfile';
import { nginxConf } from './kits/nginx-conf';
import { siteHeaderPlan } from './site-headers';

/** A real web server serving a static export's `site/` folder with its kit, unprivileged, on 127.0.0.1. */
export interface LocalServer {
  /** The site's URL, base path included, such as `http://127.0.0.1:40123/polcoop/`. */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Which server, and where its binary is. */
export type ServerKind = 'nginx' | 'caddy';

/** The binaries the kits are run with (Debian's packages). */
const SERVER_BINARIES: Readonly<Record<ServerKind, string>> = { nginx: '/usr/sbin/nginx', caddy: '/usr/bin/caddy' };

/** Debian's brotli_static module for nginx (libnginx-mod-http-brotli-static). */
const NGINX_BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** Why a server cannot run here (its binary, or nginx's brotli module, is missing), or undefined when it can. */
export function serverMissing(kind: ServerKind): string | undefined {
  if (!existsSync(SERVER_BINARIES[kind])) return `${SERVER_BINARIES[kind]} is not installed (apt-get install ${kind})`;
  if (kind === 'nginx' && !existsSync(NGINX_BROTLI_MODULE))
    return `${NGINX_BROTLI_MODULE} is not installed (apt-get install libnginx-mod-http-brotli-static)`;
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function waitUntilListening(child: ChildProcess, port: number, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    if (await accepts(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not listen on 127.0.0.1:${port} within 30 s:\n${output()}`);
}

async function nginxFiles(prefix: string, siteDir: string, basePath: string, port: number): Promise<string[]> {
  // The kit as written for production, inside the smallest nginx.conf that runs without root: every path under the prefix.
  await writeFile(
    join(prefix, 'polcoop.conf'),
    nginxConf(siteHeaderPlan(basePath), { webRoot: siteDir, listen: `127.0.0.1:${port}`, brotli: true }),
  );
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (name) => `    ${name}_temp_path ${join(prefix, `${name}-temp`)};`,
  );
  const conf = [
    `load_module ${NGINX_BROTLI_MODULE};`,
    'daemon off;',
    // Run by root (CI containers), nginx would hand its workers to `nobody`, who cannot read a private temp folder:
    // keep them as the user running the test, as an unprivileged deployment would be.
    ...(process.getuid?.() === 0 ? [`user ${userInfo().username};`] : []),
    'worker_processes 2;',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'error.log')} warn;`,
    'events { worker_connections 4096; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    access_log off;',
    '    sendfile on;',
    '    keepalive_requests 100000;',
    ...temp,
    `    include ${join(prefix, 'polcoop.conf')};`,
    '}',
    '',
  ].join('\n');
  await writeFile(join(prefix, 'nginx.conf'), conf);
  return [SERVER_BINARIES.nginx, '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')];
}

async function caddyFiles(prefix: string, siteDir: string, basePath: string, port: number): Promise<string[]> {
  await writeFile(
    join(prefix, 'Caddyfile'),
    caddyfile(siteHeaderPlan(basePath), { webRoot: siteDir, port, bind: '127.0.0.1' }),
  );
  return [SERVER_BINARIES.caddy, 'run', '--config', join(prefix, 'Caddyfile'), '--adapter', 'caddyfile'];
}

/**
 * Runs nginx or Caddy as this user with the export's kit on a free loopback port, everything it writes in a temp
 * folder (nginx's `-p` prefix, Caddy's data and config homes), until `stop()`.
 */
export async function startLocalServer(kind: ServerKind, siteDir: string, basePath: string): Promise<LocalServer> {
  const prefix = await mkdtemp(join(tmpdir(), `polcoop-${kind}-`));
  await mkdir(join(prefix, 'home'));
  const port = await freePort();
  const [command = '', ...args] =
    kind === 'nginx'
      ? await nginxFiles(prefix, siteDir, basePath, port)
      : await caddyFiles(prefix, siteDir, basePath, port);
  const home = join(prefix, 'home');
  const child = spawn(command, args, {
    cwd: prefix,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await rm(prefix, { recursive: true, force: true });
  };
  try {
    await waitUntilListening(child, port, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}${basePath}`, pid: child.pid ?? 0, stop };
}
