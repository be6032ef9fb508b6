import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/7za', '/usr/bin/7zz', '/usr/bin/7z'];

/** The 7-Zip electron-builder should use instead of downloading its own: ELECTRON_BUILDER_7ZIP_PATH, else Debian's. */
export function localSevenZip(env: NodeJS.ProcessEnv): string {
  const configured = env.ELECTRON_BUILDER_7ZIP_PATH;
  if (configured) {
    if (!existsSync(configured))
      throw new Error(`ELECTRON_BUILDER_7ZIP_PATH is set to ${configured}, but no file is there.`);
    return configured;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found)
    throw new Error(
      'No 7-Zip found (electron-builder would try to download one): install it (apt-get install -y 7zip) or set ELECTRON_BUILDER_7ZIP_PATH.',
    );
  return found;
}
