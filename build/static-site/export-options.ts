import { isAbsolute, join, resolve } from 'node:path';
import { defineCommand, parseCommandLine } from '../cli/command-line';
import type { StaticExportOptions } from './export-static';

/** `npm run export:static`'s command line. */
const EXPORT_COMMAND = defineCommand({
  script: 'export:static',
  usage: 'npm run export:static -- --out DIR [--base-path /polcoop/] [--web-root PATH] [--bundle DIR]',
  summary:
    'Writes the built renderer and a verified content bundle as static files (DIR/site/), with .br and .gz siblings, header kits for nginx, Caddy, Apache, static hosts and Kubernetes (DIR/deploy/) and DIR/site-manifest.json for npm run site:verify. Run npm run build first.',
  options: {
    out: {
      type: 'string',
      required: true,
      value: 'DIR',
      help: 'the folder to write (empty, absent, or an earlier export, which is replaced)',
    },
    'base-path': {
      type: 'string',
      default: '/',
      value: 'PATH',
      help: 'the URL path the site is served under, such as /polcoop/',
    },
    'web-root': {
      type: 'string',
      default: '/srv/polcoop',
      value: 'PATH',
      help: "where the kits expect the site/ folder's files on the web server",
    },
    bundle: {
      type: 'string',
      default: join('dist', 'bundle'),
      value: 'DIR',
      help: 'the content bundle folder to export',
    },
  },
  check: (values) => {
    if (values.out.trim() === '') return '--out needs a folder';
    if (
      !/^\/(?:[A-Za-z0-9._~-]+\/?)*$/.test(values['base-path']) ||
      values['base-path'].split('/').some((s) => s === '.' || s === '..')
    ) {
      return `--base-path must be a URL path such as /polcoop/ (letters, digits, . _ ~ -), not ${JSON.stringify(values['base-path'])}`;
    }
    if (!/^\/[A-Za-z0-9._/-]*$/.test(values['web-root']))
      return `--web-root must be an absolute path of letters, digits, . _ / -, not ${JSON.stringify(values['web-root'])}`;
    return undefined;
  },
});

/** The outcome of reading the command line: options, or what to print and the exit status. */
export type ExportOptionsResult =
  { ok: true; options: StaticExportOptions } | { ok: false; exitCode: 0 | 2; message: string };

/** Reads the options; folders are relative to `cwd`, the renderer is always `dist/renderer` under it. */
export function parseExportOptions(argv: string[], cwd: string): ExportOptionsResult {
  const line = parseCommandLine(EXPORT_COMMAND, argv);
  if (!line.ok) return line;
  const { out, bundle } = line.values;
  const base = line.values['base-path'];
  const webRoot = line.values['web-root'];
  return {
    ok: true,
    options: {
      outDir: isAbsolute(out) ? out : resolve(cwd, out),
      basePath: base.endsWith('/') ? base : `${base}/`,
      webRoot: webRoot.length > 1 ? webRoot.replace(/\/+$/, '') : webRoot,
      rendererDir: join(cwd, 'dist', 'renderer'),
      bundleDir: isAbsolute(bundle) ? bundle : resolve(cwd, bundle),
    },
  };
}
