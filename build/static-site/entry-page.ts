import { metaContentSecurityPolicy } from './site-headers';

const BUNDLE_PRELOAD = 'href="bundle/bundle.json"';
const CHARSET = /<meta charset="utf-8"\s*\/?>/i;

/**
 * index.html for a static export: the preload link pointed at the content-addressed bundle folder, which the
 * renderer also reads from `<meta name="polcoop-bundle">` (the CSP forbids inline script), and the CSP as a `<meta>`
 * right after the charset, before anything it governs, for hosts that cannot set headers.
 */
export function exportedEntryPage(html: string, bundleFolder: string): string {
  if (html.split(BUNDLE_PRELOAD).length !== 2)
    throw new Error(`index.html has no single ${BUNDLE_PRELOAD} preload link: rebuild the renderer (npm run build)`);
  if (!CHARSET.test(html))
    throw new Error('index.html has no <meta charset="utf-8">: rebuild the renderer (npm run build)');
  const metas = [
    `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy()}" />`,
    `<meta name="polcoop-bundle" content="${bundleFolder}" />`,
  ];
  return html
    .replace(CHARSET, (charset) => [charset, ...metas].join('\n    '))
    .replace(BUNDLE_PRELOAD, `href="${bundleFolder}bundle.json"`);
}
