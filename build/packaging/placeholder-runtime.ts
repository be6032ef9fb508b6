import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SENTINEL } from '@electron/fuses/dist/constants';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';

/** Platforms the offline packaging check builds for. */
export type PlaceholderPlatform = 'linux' | 'win32';

// Electron's own defaults on the V1 wire: the check must see every fuse flipped by our hook, not inherited.
const ELECTRON_DEFAULT_FUSES = '10110001';
const US_ENGLISH = 1033;
const UNICODE_CODEPAGE = 1200;

/** Electron's fuse wire as it sits in the real binary: sentinel, wire version 1, wire length, one ASCII '0'/'1' per fuse. */
function electronFuseWire(): Buffer {
  return Buffer.concat([
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(ELECTRON_DEFAULT_FUSES, 'ascii'),
  ]);
}

function linuxExecutable(): Buffer {
  const script =
    '#!/bin/sh\necho "placeholder Electron runtime for the offline packaging check; it cannot run the app" >&2\nexit 1\n# ';
  return Buffer.concat([Buffer.from(script, 'ascii'), electronFuseWire(), Buffer.from('\n', 'ascii')]);
}

// electron-builder edits version info, icon and asar integrity of electron.exe with resedit, so it must be a real PE with one string table.
function windowsExecutable(electronVersion: string): Buffer {
  const executable = NtExecutable.createEmpty(false, false);
  const resource = NtExecutableResource.from(executable);
  const versionInfo = Resource.VersionInfo.create(US_ENGLISH, {}, [
    {
      lang: US_ENGLISH,
      codepage: UNICODE_CODEPAGE,
      values: { ProductName: 'Electron', FileDescription: 'Electron', ProductVersion: electronVersion },
    },
  ]);
  versionInfo.outputToResourceEntries(resource.entries);
  resource.outputResource(executable);
  executable.setExtraData(electronFuseWire());
  return Buffer.from(executable.generate());
}

/** Writes a stand-in for an unpacked Electron release (executable carrying the fuse wire, LICENSE, version) into `dir`. */
export function writePlaceholderRuntime(dir: string, platform: PlaceholderPlatform, electronVersion: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(join(dir, 'locales', 'en-US.pak'), '');
  writeFileSync(join(dir, 'LICENSE'), "Placeholder for the Electron license; real builds carry Electron's own.\n");
  writeFileSync(join(dir, 'version'), electronVersion);
  if (platform === 'linux') {
    writeFileSync(join(dir, 'electron'), linuxExecutable());
    chmodSync(join(dir, 'electron'), 0o755);
  } else {
    writeFileSync(join(dir, 'electron.exe'), windowsExecutable(electronVersion));
  }
}
