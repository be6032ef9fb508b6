import { build } from 'electron-builder';
import { ICON_OUT_DIR, ICON_SOURCE } from './icon-paths';
import { generateIconSet } from './icon-set';

// CLI: renders the icons, then builds the installers electron-builder.yml lists for one platform (the current one by default).
const platformFlags = { '--win': 'win', '--mac': 'mac', '--linux': 'linux' } as const;
const unknown = process.argv.slice(2).filter((arg) => !(arg in platformFlags));
if (unknown.length > 0) throw new Error(`unknown argument(s) ${unknown.join(' ')}: use --win, --mac or --linux (none: the current platform)`);
const platforms = process.argv.slice(2).map((arg) => platformFlags[arg as keyof typeof platformFlags]);

// On an air-gapped build machine, a folder holding electron-v<version>-<platform>-<arch>.zip replaces the download.
const electronZips = process.env.POLCOOP_ELECTRON_ZIPS;

await generateIconSet(ICON_SOURCE, ICON_OUT_DIR);
const artifacts = await build({
  publish: 'never',
  ...(electronZips ? { config: { electronDist: electronZips } } : {}),
  ...Object.fromEntries(platforms.map((platform) => [platform, []])),
});
console.log(`installers:\n${artifacts.map((path) => `  ${path}`).join('\n')}`);
