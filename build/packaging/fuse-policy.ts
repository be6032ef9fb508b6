import { FuseV1Options } from '@electron/fuses';

/** Platforms as electron-builder names them in `electronPlatformName`. */
export type PackagedPlatform = 'linux' | 'win32' | 'darwin' | 'mas';

/** Every fuse of the V1 wire set to on or off; nothing is left to Electron's defaults. */
export type FuseSettings = Record<FuseV1Options, boolean>;

/** Environment variable that selects a test build, which keeps `--inspect` so automated launch tests can drive the app. */
const TEST_BUILD_VARIABLE = 'POLCOOP_TEST_BUILD';

/** True when the environment asks for a test build (`POLCOOP_TEST_BUILD=1`). */
export function isTestBuild(env: NodeJS.ProcessEnv): boolean {
  return env[TEST_BUILD_VARIABLE] === '1';
}

/** The fuses a packaged app gets on one platform, for a release or a test build. */
export function fusePolicy(platform: PackagedPlatform, options: { testBuild: boolean }): FuseSettings {
  return {
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: options.testBuild,
    // Electron validates the embedded asar hash only on macOS and Windows; on Linux the fuse has no effect.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: platform !== 'linux',
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}
