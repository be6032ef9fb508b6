import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSampleBundle } from '../../../build/packs/sample-bundle';
import { readPointer } from '../../../electron/content-packs/pack-pointer';
import { setupContentPacks } from '../../../electron/content-packs/setup-content-packs';
import { cleanup, samplePack, sharedTestKey, tempDir } from './pack-fixture';

const electron = vi.hoisted(() => ({
  app: { getVersion: vi.fn(() => '0.1.0'), relaunch: vi.fn(), exit: vi.fn() },
  dialog: { showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
}));
vi.mock('electron', () => electron);
vi.mock('../../../electron/trusted-pack-keys', async () => ({ trustedPackKeys: [(await import('./pack-fixture')).sharedTestKey.trusted] }));

const dirs: string[] = [];
afterEach(() => cleanup(dirs));
beforeEach(() => vi.clearAllMocks());

function paths() {
  const base = tempDir(dirs);
  const builtIn = join(base, 'built-in');
  writeSampleBundle(builtIn, { version: '2026.11.0', documents: [{ id: 'prum', title: 'Prüm' }] });
  const userData = join(base, 'user-data');
  mkdirSync(userData);
  return { builtIn, userData };
}

const noWindow = () => null;
const flush = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('setupContentPacks (the Electron boundary)', () => {
  it('imports from the File menu: file dialog, confirmation, install, then a restart onto the What\'s new page', async () => {
    const { builtIn, userData } = paths();
    const pack = samplePack(dirs, sharedTestKey, { version: '2026.12.0', documents: [{ id: 'prum', title: 'Prüm', text: 'new' }] });
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [pack] });
    electron.dialog.showMessageBox.mockResolvedValue({ response: 1 });
    const packs = await setupContentPacks({ userData, builtInBundleDir: builtIn, selection: () => null, currentWindow: noWindow, log: vi.fn() });
    expect(packs.activeBundleDir).toBeNull();
    packs.menu.importPack();
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(0), { timeout: 5000 });
    expect(electron.dialog.showMessageBox.mock.calls[0]?.[0]).toMatchObject({ message: 'Install content 2026.12.0 (2026-11-28) in place of 2026.11.0?', detail: expect.stringContaining('0 documents added, 1 changed, 0 removed.') });
    expect(electron.app.relaunch.mock.calls[0]?.[0].args.at(-1)).toBe('polcoop://whats-new');
    const again = await setupContentPacks({ userData, builtInBundleDir: builtIn, selection: () => null, currentWindow: noWindow, log: vi.fn() });
    expect(JSON.parse(readFileSync(join(again.activeBundleDir ?? '', 'bundle.json'), 'utf8')).version).toBe('2026.12.0');
  });

  it('cancelling the confirmation changes nothing', async () => {
    const { builtIn, userData } = paths();
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [samplePack(dirs, sharedTestKey, { version: '2026.12.0', documents: [] })] });
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    const packs = await setupContentPacks({ userData, builtInBundleDir: builtIn, selection: () => null, currentWindow: noWindow, log: vi.fn() });
    packs.menu.importPack();
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalled());
    await flush();
    expect(electron.app.relaunch).not.toHaveBeenCalled();
    expect((await readPointer(join(userData, 'content-packs'))).pointer.current).toBeNull();
  });

  it('tells the user why a pack was refused', async () => {
    const { builtIn, userData } = paths();
    const bad = join(tempDir(dirs), 'bad.polcoop');
    writeFileSync(bad, 'not a pack');
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [bad] });
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    const packs = await setupContentPacks({ userData, builtInBundleDir: builtIn, selection: () => null, currentWindow: noWindow, log: vi.fn() });
    packs.menu.importPack();
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ message: 'The content pack was refused. Nothing was changed.', detail: expect.stringContaining('not a zip file') })));
  });

  it('at start, sets a tampered pack aside with a message and serves the built-in bundle', async () => {
    const { builtIn, userData } = paths();
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [samplePack(dirs, sharedTestKey, { version: '2026.12.0', documents: [{ id: 'a', title: 'A' }] })] });
    electron.dialog.showMessageBox.mockResolvedValue({ response: 1 });
    const first = await setupContentPacks({ userData, builtInBundleDir: builtIn, selection: () => null, currentWindow: noWindow, log: vi.fn() });
    first.menu.importPack();
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalled());
    const { pointer } = await readPointer(join(userData, 'content-packs'));
    writeFileSync(join(userData, 'content-packs', pointer.current ?? '', 'bundle', 'search-index.json'), '{}');
    vi.clearAllMocks();
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    const log = vi.fn();
    const packs = await setupContentPacks({ userData, builtInBundleDir: builtIn, selection: () => null, currentWindow: noWindow, log });
    expect(packs.activeBundleDir).toBeNull();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ message: 'Installed content failed its check and is not used.', detail: expect.stringContaining('search-index.json has been changed') }));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('set aside as'));
    expect(await packs.handlers['packs:status'](undefined)).toMatchObject({ source: 'built-in', version: '2026.11.0', canRevert: false, notices: [expect.stringContaining('failed its check')] });
  });
});
