import type { BundleSelection } from './bundle-selection';

/** Where the shell serves the error page about a refused bundle. */
export const BUNDLE_ERROR_PATH = '/shell/bundle-error.html';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The error page naming the file that failed; static HTML, so it works under the app's CSP without script or inline style. */
export function bundleErrorPage(selection: BundleSelection): string | null {
  const { problem } = selection;
  if (!problem) return null;
  const which = problem.bundle === 'installed' ? 'The installed content bundle' : 'The built-in content bundle';
  const next =
    selection.dir !== null
      ? '<p>The reference will use the content shipped with the application instead.</p><p><a href="/index.html">Continue with the built-in content</a></p>'
      : '<p>No verified content is available: reinstall the application or ask your IT support for a fresh copy.</p>';
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Content could not be verified</title></head><body>',
    '<main>',
    '<h1>Content could not be verified</h1>',
    `<p>${which} failed its integrity check and was not loaded.</p>`,
    `<p>File: <code>${escapeHtml(problem.file)}</code></p>`,
    `<p>${escapeHtml(problem.message)}</p>`,
    next,
    '</main></body></html>',
  ].join('\n');
}
