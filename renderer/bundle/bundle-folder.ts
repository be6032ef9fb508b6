/** Where the built-in layout (desktop, `npm run serve`) keeps the bundle: `bundle/` beside index.html. */
const DEFAULT_FOLDER = 'bundle/';

/** A static export names its content-addressed bundle folder; anything else in the tag is ignored. */
const EXPORTED_FOLDER = /^bundle\/[0-9a-f]{16}\/$/;

/**
 * The bundle folder relative to the page: `bundle/` unless index.html names another in
 * `<meta name="polcoop-bundle" content="bundle/<16 hex>/">` (a static export; the CSP forbids inline script).
 */
export function bundleFolder(doc: Pick<Document, 'querySelector'> = document): string {
  const named = doc.querySelector<HTMLMetaElement>('meta[name="polcoop-bundle"]')?.content ?? '';
  return EXPORTED_FOLDER.test(named) ? named : DEFAULT_FOLDER;
}
