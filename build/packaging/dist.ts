import { build } from 'electron-builder';
import { readCommandLine } from '../cli/command-line';
import { ICON_OUT_DIR, ICON_SOURCE } from './icon-paths';
import { generateIconSet } from './icon-set';

const PLATFORMS = ['win', 'mac', 'linux'] as const;

/** `npm run dist [-- --win] [--mac] [--linux]`: renders the icons, then builds the installers electron-builder.yml lists. */
async function main(): Promise<number> {
  const line = readCommandLine({
    script: 'dist',
    usage: 'npm run dist -- [--win] [--mac] [--linux]',
    summary:
      'Builds the app, renders the icons and builds the installers of electron-builder.yml into release/ for the platforms named (none: the current one).',
    options: {
      win: { type: 'boolean', help: 'Windows: NSIS, MSI and portable (npm run dist:win)' },
      mac: { type: 'boolean', help: 'macOS: dmg and zip, x64 and arm64 (npm run dist:mac)' },
      linux: { type: 'boolean', help: 'Linux: AppImage, deb, rpm and tar.gz (npm run dist:linux)' },
    },
  });
  if (!line.ok) return line.exitCode;
  const platforms = PLATFORMS.filter((platform) => line.values[platform] === true);
  // On an air-gapped build machine, a folder holding electron-v<version>-<platform>-<arch>.zip replaces the download.
  const electronZips = process.env.POLCOOP_ELECTRON_ZIPS;
  await generateIconSet(ICON_SOURCE, ICON_OUT_DIR);
  const artifacts = await build({
    publish: 'never',
    ...(electronZips ? { config: { electronDist: electronZips } } : {}),
    ...Object.fromEntries(platforms.map((platform) => [platform, []])),
  });
  console.log(`installers:\n${artifacts.map((path) => `  ${path}`).join('\n')}`);
  return 0;
}

process.exitCode = await main();
