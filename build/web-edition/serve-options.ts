import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** What `npm run serve` was asked to do. */
export interface ServeOptions {
  port: number;
  host: string;
  rendererDir: string;
  bundleDir: string;
  /** True when the host is not loopback, so other machines may reach the server. */
  exposed: boolean;
}

/** The outcome of reading the command line: options, or a message for the user. */
export type ServeOptionsResult = { ok: true; options: ServeOptions } | { ok: false; message: string; help?: boolean };

/** The command-line usage, printed with --help and after a bad option. */
export const SERVE_USAGE = 'usage: npm run serve -- [--port N] [--host H] [--bundle DIR]';

const DEFAULT_PORT = 8080;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

function parsePort(raw: string | undefined): number | undefined {
  if (raw === undefined) return DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(raw)) return undefined;
  const port = Number(raw);
  return port <= 65535 ? port : undefined;
}

/** Reads `--port`, `--host` and `--bundle` (relative to `cwd`); the renderer is always `dist/renderer` under `cwd`. */
export function parseServeOptions(argv: string[], cwd: string): ServeOptionsResult {
  let values: { port?: string; host?: string; bundle?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { port: { type: 'string' }, host: { type: 'string' }, bundle: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n${SERVE_USAGE}` };
  }
  if (values.help) return { ok: false, message: SERVE_USAGE, help: true };
  const port = parsePort(values.port);
  if (port === undefined) return { ok: false, message: `--port must be a whole number from 0 to 65535, not "${values.port}"\n${SERVE_USAGE}` };
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '' || /[\s/]/.test(host)) return { ok: false, message: `--host must be a host name or IP address, not "${host}"\n${SERVE_USAGE}` };
  if (values.bundle !== undefined && values.bundle.trim() === '') return { ok: false, message: `--bundle needs a folder\n${SERVE_USAGE}` };
  const bundle = values.bundle ?? join('dist', 'bundle');
  return {
    ok: true,
    options: {
      port,
      host: host.replace(/^\[(.*)\]$/, '$1'),
      rendererDir: join(cwd, 'dist', 'renderer'),
      bundleDir: isAbsolute(bundle) ? bundle : resolve(cwd, bundle),
      exposed: !LOOPBACK_HOSTS.has(host),
    },
  };
}
