import type { BundleFileProblem } from './bundle-verification';

/** Where the shell serves the error page about a refused bundle. */
export const BUNDLE_ERROR_PATH = '/shell/bundle-error.html';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The page shown when no content verified: it names the built-in bundle's failing file, and lists what happened to
 * installed content packs. Static HTML, so it works under the app's CSP without script or inline style.
 */
export function bundleErrorPage(problem: BundleFileProblem, notices: readonly string[]): string {
  const packs =
    notices.length > 0
      ? [
          '<h2>Installed content packs</h2>',
          '<ul>',
          ...notices.map((notice) => `<li>${escapeHtml(notice)}</li>`),
          '</ul>',
        ]
      : [];
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Content could not be verified</title></head><body>',
    '<main>',
    '<h1>Content could not be verified</h1>',
    '<p>The built-in content bundle failed its integrity check and was not loaded.</p>',
    `<p>File: <code>${escapeHtml(problem.file)}</code></p>`,
    `<p>${escapeHtml(problem.message)}</p>`,
    '<p>No verified content is available: reinstall the application or ask your IT support for a fresh copy.</p>',
    ...packs,
    '</main></body></html>',
  ].join('\n');
}
