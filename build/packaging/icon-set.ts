import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeIco } from './ico-container';
import { encodeIcns, ICNS_TYPES } from './icns-container';
import { rasteriseSvg } from './rasterise-svg';

/** Edge lengths of the freedesktop hicolor PNG set electron-builder installs on Linux. */
const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
/** Edge lengths in the Windows `.ico`: shell, taskbar and installer sizes up to 256 px. */
const WINDOWS_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 256] as const;

/** Paths of a generated icon set, as electron-builder.yml refers to them. */
export interface IconSetPaths {
  pngDir: string;
  ico: string;
  icns: string;
}

/** Renders the one source SVG to every platform's icon: `png/NxN.png` for Linux, `icon.ico`, `icon.icns`. */
export async function generateIconSet(svgPath: string, outDir: string): Promise<IconSetPaths> {
  const sizes = [
    ...new Set<number>([...LINUX_ICON_SIZES, ...WINDOWS_ICON_SIZES, ...ICNS_TYPES.map((entry) => entry.size)]),
  ].sort((a, b) => a - b);
  const rendered = new Map(
    (await rasteriseSvg(readFileSync(svgPath, 'utf8'), sizes)).map((image) => [image.size, image.png]),
  );
  const png = (size: number): Buffer => rendered.get(size) ?? Buffer.alloc(0);
  const paths: IconSetPaths = {
    pngDir: join(outDir, 'png'),
    ico: join(outDir, 'icon.ico'),
    icns: join(outDir, 'icon.icns'),
  };
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(paths.pngDir, { recursive: true });
  for (const size of LINUX_ICON_SIZES) writeFileSync(join(paths.pngDir, `${size}x${size}.png`), png(size));
  writeFileSync(paths.ico, encodeIco(WINDOWS_ICON_SIZES.map((size) => ({ size, png: png(size) }))));
  writeFileSync(paths.icns, encodeIcns(ICNS_TYPES.map(({ type, size }) => ({ type, size, png: png(size) }))));
  return paths;
}
