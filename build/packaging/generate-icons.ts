import { ICON_OUT_DIR, ICON_SOURCE } from './icon-paths';
import { generateIconSet } from './icon-set';

// CLI: renders build/icons/icon.svg into dist/icons for electron-builder.
const paths = await generateIconSet(ICON_SOURCE, ICON_OUT_DIR);
console.log(`icons: ${paths.pngDir}/, ${paths.ico}, ${paths.icns}`);
