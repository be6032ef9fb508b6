import { isAbsolute, join, resolve } from 'node:path';
import { defineCommand, parseCommandLine, wholeNumberProblem } from '../cli/command-line';

/** What `npm run serve` was asked to do. */
export interface ServeOptions {
  port: number;
  host: string;
  rendererDir: string;
  bundleDir: string;
  /** True when the host is not loopback, so other machines may reach the server. */
  exposed: boolean;
}

/** The outcome of reading the command line: options, or what to print and the exit status (0 after --help, 2 after a bad option). */
export type ServeOptionsResult = { ok: true; options: ServeOptions } | { ok: false; exitCode: 0 | 2; message: string };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** `npm run serve`'s command line. */
const SERVE_COMMAND = defineCommand({
  script: 'serve',
  usage: 'npm run serve -- [--port N] [--host H] [--bundle DIR]',
  summary:
    'Serves the web edition (the built renderer and a verified content bundle), read-only, until Ctrl+C. Run npm run build first.',
  options: {
    port: { type: 'string', default: '8080', value: 'N', help: 'the port to listen on (0: any free one)' },
    host: {
      type: 'string',
      default: '127.0.0.1',
      value: 'H',
      help: 'the address to listen on; anything but loopback lets other machines in',
    },
    bundle: {
      type: 'string',
      default: join('dist', 'bundle'),
      value: 'DIR',
      help: 'the content bundle folder to serve',
    },
  },
  check: (values) => {
    if (values.host.trim() === '' || /[\s/]/.test(values.host))
      return `--host must be a host name or IP address, not ${JSON.stringify(values.host)}`;
    if (values.bundle.trim() === '') return '--bundle needs a folder';
    return wholeNumberProblem('--port', values.port, 0, 65535);
  },
});

/** Reads `--port`, `--host` and `--bundle` (relative to `cwd`); the renderer is always `dist/renderer` under `cwd`. */
export function parseServeOptions(argv: string[], cwd: string): ServeOptionsResult {
  const line = parseCommandLine(SERVE_COMMAND, argv);
  if (!line.ok) return line;
  const { port, host, bundle } = line.values;
  return {
    ok: true,
    options: {
      port: Number(port),
      host: host.replace(/^\[(.*)\]$/, '$1'),
      rendererDir: join(cwd, 'dist', 'renderer'),
      bundleDir: isAbsolute(bundle) ? bundle : resolve(cwd, bundle),
      exposed: !LOOPBACK_HOSTS.has(host),
    },
  };
}
