import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSampleBundle } from '../../../build/packs/sample-bundle';
import { decideContent } from '../../../electron/content-decision';
import { readPointer } from '../../../electron/content-packs/pack-pointer';
import { setupContentPacks } from '../../../electron/content-packs/setup-content-packs';
import { createShellLanguage, type ShellLanguage } from '../../../electron/shell-language';
import { cleanup, samplePack, sharedTestKey, tempDir } from './pack-fixture';

const electron = vi.hoisted(() => ({
  app: { getVersion: vi.fn(() => '0.1.0'), relaunch: vi.fn(), exit: vi.fn() },
  dialog: { showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
}));
vi.mock('electron', () => electron);

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

/** Starts as main.ts does: the one content decision, then content packs over what it serves. */
async function start(
  userData: string,
  builtIn: string,
  log = vi.fn(),
  language: ShellLanguage = createShellLanguage('en'),
) {
  const content = await decideContent({
    userData,
    builtInBundleDir: builtIn,
    keys: [sharedTestKey.trusted],
    appVersion: '0.1.0',
  });
  if (!content.ok) throw new Error(content.problem.message);
  return {
    content,
    packs: setupContentPacks({
      userData,
      builtInBundleDir: builtIn,
      keys: [sharedTestKey.trusted],
      served: content.served,
      notices: content.notices,
      currentWindow: noWindow,
      log,
      texts: language.texts,
    }),
  };
}

async function installed(userData: string, builtIn: string, version: string): Promise<void> {
  electron.dialog.showOpenDialog.mockResolvedValue({
    canceled: false,
    filePaths: [
      samplePack(dirs, sharedTestKey, { version, documents: [{ id: 'prum', title: 'Prüm', text: version }] }),
    ],
  });
  electron.dialog.showMessageBox.mockResolvedValue({ response: 1 });
  (await start(userData, builtIn)).packs.menu.importPack();
  await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(0), { timeout: 5000 });
  vi.clearAllMocks();
}

describe('setupContentPacks (the Electron boundary)', () => {
  it("imports from the File menu: file dialog, confirmation, install, then a restart onto the What's new page", async () => {
    const { builtIn, userData } = paths();
    const pack = samplePack(dirs, sharedTestKey, {
      version: '2026.12.0',
      documents: [{ id: 'prum', title: 'Prüm', text: 'new' }],
    });
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [pack] });
    electron.dialog.showMessageBox.mockResolvedValue({ response: 1 });
    const { content, packs } = await start(userData, builtIn);
    expect(content.served.source).toBe('built-in');
    packs.menu.importPack();
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(0), { timeout: 5000 });
    expect(electron.dialog.showMessageBox.mock.calls[0]?.[0]).toMatchObject({
      message: 'Install content 2026.12.0 (2026-11-28) in place of 2026.11.0?',
      buttons: ['Cancel', 'Install'],
      detail: expect.stringContaining('0 documents added, 1 changed, 0 removed.'),
    });
    expect(electron.app.relaunch.mock.calls[0]?.[0].args.at(-1)).toBe('polcoop://whats-new');
    const again = await start(userData, builtIn);
    expect(again.content.served.source).toBe('pack');
    expect(JSON.parse(readFileSync(join(again.content.served.dir, 'bundle.json'), 'utf8')).version).toBe('2026.12.0');
  });

  it('asks in the language the page shows at the moment of the dialog', async () => {
    const { builtIn, userData } = paths();
    electron.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [
        samplePack(dirs, sharedTestKey, {
          version: '2026.12.0',
          documents: [{ id: 'prum', title: 'Prüm', text: 'new' }],
        }),
      ],
    });
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    const language = createShellLanguage('en');
    const { packs } = await start(userData, builtIn, vi.fn(), language);
    language.set('fr');
    packs.menu.importPack();
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalled());
    expect(electron.dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({
      title: 'Importer un paquet de contenu',
      filters: [{ name: 'Paquet de contenu', extensions: ['polcoop'] }],
    });
    expect(electron.dialog.showMessageBox.mock.calls[0]?.[0]).toMatchObject({
      message: 'Installer le contenu 2026.12.0 (2026-11-28) à la place du contenu 2026.11.0\u202f?',
      buttons: ['Annuler', 'Installer'],
      detail: expect.stringContaining('Documents ajoutés\u00a0: 0\u202f; modifiés\u00a0: 1\u202f; supprimés\u00a0: 0.'),
    });
    expect(electron.dialog.showMessageBox.mock.calls[0]?.[0].detail).toContain(
      '«\u00a0Fichier > Revenir au contenu précédent\u00a0»',
    );
    language.set('de');
    electron.dialog.showMessageBox.mockClear();
    packs.menu.revertPack();
    await vi.waitFor(() =>
      expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
        expect.objectContaining({
          message: 'Der vorherige Inhalt wurde nicht wiederhergestellt.',
          detail: 'Der mitgelieferte Inhalt wird verwendet: Es gibt keinen vorherigen Inhalt.',
          buttons: ['OK'],
        }),
      ),
    );
  });

  it('cancelling the confirmation changes nothing', async () => {
    const { builtIn, userData } = paths();
    electron.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [samplePack(dirs, sharedTestKey, { version: '2026.12.0', documents: [] })],
    });
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    (await start(userData, builtIn)).packs.menu.importPack();
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
    (await start(userData, builtIn)).packs.menu.importPack();
    await vi.waitFor(() =>
      expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
        expect.objectContaining({
          message: 'The content pack was refused. Nothing was changed.',
          detail: expect.stringContaining('not a zip file'),
        }),
      ),
    );
  });

  it('asks before reverting: Cancel keeps the content, Revert switches back and restarts', async () => {
    const { builtIn, userData } = paths();
    await installed(userData, builtIn, '2026.12.0');
    const { packs } = await start(userData, builtIn);
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    packs.menu.revertPack();
    await vi.waitFor(() =>
      expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
        expect.objectContaining({
          message: 'Revert from content 2026.12.0 to the content used before it?',
          buttons: ['Cancel', 'Revert'],
          cancelId: 0,
        }),
      ),
    );
    await flush();
    expect(electron.app.exit).not.toHaveBeenCalled();
    expect((await readPointer(join(userData, 'content-packs'))).pointer.current).not.toBeNull();
    electron.dialog.showMessageBox.mockResolvedValue({ response: 1 });
    packs.menu.revertPack();
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(0));
    expect((await readPointer(join(userData, 'content-packs'))).pointer.current).toBeNull();
    expect((await start(userData, builtIn)).content.served.source).toBe('built-in');
  });

  it('says there is nothing to revert to, without asking, when the built-in content is in use', async () => {
    const { builtIn, userData } = paths();
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    (await start(userData, builtIn)).packs.menu.revertPack();
    await vi.waitFor(() =>
      expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
        expect.objectContaining({ message: 'The content was not reverted.', buttons: ['OK'] }),
      ),
    );
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(electron.app.exit).not.toHaveBeenCalled();
  });

  it('at start, tells the user about a tampered pack that was set aside, and reports it in the status', async () => {
    const { builtIn, userData } = paths();
    await installed(userData, builtIn, '2026.12.0');
    const { pointer } = await readPointer(join(userData, 'content-packs'));
    writeFileSync(join(userData, 'content-packs', pointer.current ?? '', 'bundle', 'search-index.json'), '{}');
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    const { content, packs } = await start(userData, builtIn);
    expect(content.served).toMatchObject({ dir: builtIn, source: 'built-in' });
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Installed content failed its check and is not used.',
        detail: expect.stringContaining('search-index.json has been changed'),
      }),
    );
    expect(content.notices).toEqual([expect.stringContaining('set aside as')]);
    expect(await packs.handlers['packs:status'](undefined)).toMatchObject({
      source: 'built-in',
      version: '2026.11.0',
      canRevert: false,
      notices: [expect.stringContaining('failed its check')],
    });
  });
});
