import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fusePolicy, isTestBuild } from '../../../build/packaging/fuse-policy';

describe('fusePolicy', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('locks a %s release build down', (platform) => {
    const fuses = fusePolicy(platform, { testBuild: false });
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true);
  });

  it('sets every fuse of the V1 wire explicitly', () => {
    const known = Object.values(FuseV1Options).filter((value) => typeof value === 'number');
    expect(
      Object.keys(fusePolicy('win32', { testBuild: false }))
        .map(Number)
        .sort(),
    ).toEqual(known.sort());
  });

  it('turns asar integrity validation on for macOS and Windows only', () => {
    expect(fusePolicy('darwin', { testBuild: false })[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fusePolicy('win32', { testBuild: false })[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fusePolicy('linux', { testBuild: false })[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(false);
  });

  it('keeps inspect arguments on in a test build and changes nothing else', () => {
    const release = fusePolicy('linux', { testBuild: false });
    const test = fusePolicy('linux', { testBuild: true });
    expect(test[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
    expect({ ...test, [FuseV1Options.EnableNodeCliInspectArguments]: false }).toEqual(release);
  });

  it('selects a test build only for POLCOOP_TEST_BUILD=1', () => {
    expect(isTestBuild({ POLCOOP_TEST_BUILD: '1' })).toBe(true);
    expect(isTestBuild({ POLCOOP_TEST_BUILD: '0' })).toBe(false);
    expect(isTestBuild({})).toBe(false);
  });
});
