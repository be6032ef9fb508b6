import type { BundleFileProblem } from './bundle-verification';
import { shellTextsIn } from './texts/shell-texts';
import type { ShellTexts } from './texts/shell-texts-shape';

/** Where the shell serves the error page about a refused bundle. */
export const BUNDLE_ERROR_PATH = '/shell/bundle-error.html';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The page shown when no content verified: it names the built-in bundle's failing file, and lists what happened to
 * installed content packs, in the shell's language (the technical reasons as the checks wrote them). Static HTML, so
 * it works under the app's CSP without script or inline style.
 */
export function bundleErrorPage(
  problem: BundleFileProblem,
  notices: readonly string[],
  texts: ShellTexts = shellTextsIn('en'),
): string {
  const t = texts.bundleError;
  const packs =
    notices.length > 0
      ? [
          `<h2>${escapeHtml(t.packs)}</h2>`,
          '<ul>',
          ...notices.map((notice) => `<li lang="en">${escapeHtml(notice)}</li>`),
          '</ul>',
        ]
      : [];
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(texts.locale)}"><head><meta charset="utf-8"><title>${escapeHtml(t.title)}</title></head><body>`,
    '<main>',
    `<h1>${escapeHtml(t.title)}</h1>`,
    `<p>${escapeHtml(t.failed)}</p>`,
    `<p>${escapeHtml(t.file)} <code>${escapeHtml(problem.file)}</code></p>`,
    `<p lang="en">${escapeHtml(problem.message)}</p>`,
    `<p>${escapeHtml(t.advice)}</p>`,
    ...packs,
    '</main></body></html>',
  ].join('\n');
}
