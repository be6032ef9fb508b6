import { FuseVersion } from '@electron/fuses';
import { Arch, type AfterPackContext } from 'electron-builder';
import { fusePolicy, isTestBuild, type PackagedPlatform } from './fuse-policy';

/** electron-builder's afterPack hook: flips the fuses of the packaged executable, before any signing. */
// The dead-export check cannot see this use: electron-builder loads this hook by path (builder-config.ts).
// ts-unused-exports:disable-next-line
export async function afterPack(context: AfterPackContext): Promise<void> {
  const platform = context.electronPlatformName as PackagedPlatform;
  await context.packager.addElectronFuses(context, {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature arm64 macOS requires to start the app at all.
    resetAdHocDarwinSignature: platform === 'darwin' && context.arch === Arch.arm64,
    ...fusePolicy(platform, { testBuild: isTestBuild(process.env) }),
  });
}
