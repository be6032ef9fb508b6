import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';
import { afterEach, describe, expect, it } from 'vitest';
import { fuseProblems, readFuses } from '../../../build/packaging/fuse-readback';
import { fusePolicy } from '../../../build/packaging/fuse-policy';
import { writePlaceholderRuntime } from '../../../build/packaging/placeholder-runtime';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'polcoop-runtime-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('placeholder runtime', () => {
  it.each([
    ['linux', 'electron'],
    ['win32', 'electron.exe'],
  ] as const)(
    'carries a %s fuse wire that starts at Electron defaults and flips to the policy',
    async (platform, executable) => {
      const dir = tempDir();
      writePlaceholderRuntime(dir, platform, '45.5.0');
      const path = join(dir, executable);
      const policy = fusePolicy(platform, { testBuild: false });
      const before = await readFuses(path, policy);
      expect(before.find((fuse) => fuse.name === 'RunAsNode')?.state).toBe('on');
      expect(fuseProblems(before, policy)).toContain('fuse RunAsNode is on, should be off');

      await flipFuses(path, { version: FuseVersion.V1, ...policy });
      expect(fuseProblems(await readFuses(path, policy), policy)).toEqual([]);
    },
  );

  it('writes a Windows executable electron-builder can edit: one version-info string table', () => {
    const dir = tempDir();
    writePlaceholderRuntime(dir, 'win32', '45.5.0');
    const resource = NtExecutableResource.from(NtExecutable.from(readFileSync(join(dir, 'electron.exe'))));
    const [versionInfo, ...others] = Resource.VersionInfo.fromEntries(resource.entries);
    expect(others).toEqual([]);
    expect(versionInfo?.getAllLanguagesForStringValues()).toEqual([{ lang: 1033, codepage: 1200 }]);
  });

  it('lays out the files of an Electron release', () => {
    const dir = tempDir();
    writePlaceholderRuntime(dir, 'linux', '45.5.0');
    expect(readFileSync(join(dir, 'version'), 'utf8')).toBe('45.5.0');
    expect(existsSync(join(dir, 'LICENSE'))).toBe(true);
    expect(existsSync(join(dir, 'electron.exe'))).toBe(false);
  });

  it('reports a fuse the wire lacks', () => {
    expect(fuseProblems([], { [FuseV1Options.RunAsNode]: false } as ReturnType<typeof fusePolicy>)).toEqual([
      "fuse RunAsNode is not on the executable's fuse wire",
    ]);
  });
});
