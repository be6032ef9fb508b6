import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const showMessageBox = vi.fn();
const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: true }));
const openExternal = vi.fn(() => Promise.resolve());
const popup = vi.fn();
let builtTemplate: { label?: string; click?: () => void }[] = [];

vi.mock('electron', () => ({
  dialog: { showMessageBox, showSaveDialog },
  shell: { openExternal },
  Menu: {
    buildFromTemplate: (template: typeof builtTemplate) => {
      builtTemplate = template;
      return { popup };
    },
  },
}));

const { createShellActions } = await import('../../electron/shell-actions');
const { shellTextsIn } = await import('../../electron/texts/shell-texts');
const english = () => shellTextsIn('en');

const confirmAndPrint = { externalLinks: () => 'confirm' as const, printAndPdf: () => true };

function fakeWindow() {
  const contents = Object.assign(new EventEmitter(), {
    send: vi.fn(),
    copy: vi.fn(),
    selectAll: vi.fn(),
    getTitle: () => 'Europol',
    loadURL: vi.fn(() => Promise.resolve()),
    printToPDF: vi.fn(),
  });
  return { webContents: contents } as unknown as BrowserWindow & { webContents: typeof contents };
}

describe('shell actions', () => {
  it('asks before opening an https link and opens it only on "Open in Browser"', async () => {
    const window = fakeWindow();
    const actions = createShellActions(() => window, confirmAndPrint, vi.fn(), english);
    showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await actions.openExternal('https://eur-lex.europa.eu/')).toBe('declined');
    showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(await actions.openExternal('https://eur-lex.europa.eu/')).toBe('opened');
    expect(showMessageBox).toHaveBeenLastCalledWith(
      window,
      expect.objectContaining({
        cancelId: 0,
        defaultId: 0,
        detail: expect.stringContaining('https://eur-lex.europa.eu/'),
      }),
    );
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('never asks or opens when a policy or the settings block external links', async () => {
    showMessageBox.mockClear();
    const actions = createShellActions(
      () => fakeWindow(),
      { externalLinks: () => 'block', printAndPdf: () => true },
      vi.fn(),
      english,
    );
    expect(await actions.openExternal('https://eur-lex.europa.eu/')).toBe('disabled');
    expect(showMessageBox).not.toHaveBeenCalled();
  });

  it('sends "bookmark this" from the context menu to the renderer as a contract event', () => {
    const window = fakeWindow();
    const actions = createShellActions(() => window, confirmAndPrint, vi.fn(), english);
    actions.attachContextMenu(window);
    window.webContents.emit('context-menu', {}, { selectionText: 'SIENA', editFlags: { canCopy: true } });
    expect(popup).toHaveBeenCalledWith({ window });
    builtTemplate.find((item) => item.label === 'Copy')?.click?.();
    builtTemplate.find((item) => item.label === 'Bookmark This Page')?.click?.();
    expect(window.webContents.copy).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith('shell:command', { command: 'bookmark-this' });
  });

  it('offers Print in the context menu only while printing is allowed', () => {
    let printing = true;
    const window = fakeWindow();
    createShellActions(
      () => window,
      { externalLinks: () => 'confirm', printAndPdf: () => printing },
      vi.fn(),
      english,
    ).attachContextMenu(window);
    window.webContents.emit('context-menu', {}, { selectionText: '', editFlags: { canCopy: false } });
    expect(builtTemplate.map((item) => item.label)).toContain('Print…');
    printing = false;
    window.webContents.emit('context-menu', {}, { selectionText: '', editFlags: { canCopy: false } });
    expect(builtTemplate.map((item) => item.label)).not.toContain('Print…');
  });

  it('navigates the Go menu within app://', () => {
    const window = fakeWindow();
    createShellActions(() => window, confirmAndPrint, vi.fn(), english).menu.navigate('#/glossary');
    expect(window.webContents.loadURL).toHaveBeenCalledWith('app://polcoop/index.html#/glossary');
  });

  it('words its dialogs and context menu in the language of the moment', async () => {
    const window = fakeWindow();
    let language: 'fr' | 'de' = 'fr';
    const actions = createShellActions(
      () => window,
      confirmAndPrint,
      vi.fn(),
      () => shellTextsIn(language),
    );
    showMessageBox.mockResolvedValueOnce({ response: 0 });
    await actions.openExternal('https://eur-lex.europa.eu/');
    expect(showMessageBox).toHaveBeenLastCalledWith(
      window,
      expect.objectContaining({
        buttons: ['Annuler', 'Ouvrir dans le navigateur'],
        message: 'Ouvrir ce lien dans votre navigateur web\u202f?',
      }),
    );
    language = 'de';
    actions.attachContextMenu(window);
    window.webContents.emit('context-menu', {}, { selectionText: 'SIENA', editFlags: { canCopy: true } });
    expect(builtTemplate.map((item) => item.label)).toEqual([
      'Kopieren',
      'Alles auswählen',
      undefined,
      'Lesezeichen für diese Seite hinzufügen',
      'Drucken…',
    ]);
    actions.menu.savePdf();
    await vi.waitFor(() =>
      expect(showSaveDialog).toHaveBeenCalledWith(
        window,
        expect.objectContaining({
          title: 'Seite als PDF speichern',
          filters: [{ name: 'PDF-Dokument', extensions: ['pdf'] }],
        }),
      ),
    );
  });

  it('saves nothing when the save dialog of File > Save Page as PDF is cancelled', async () => {
    const window = fakeWindow();
    const log = vi.fn();
    createShellActions(() => window, confirmAndPrint, log, english).menu.savePdf();
    await vi.waitFor(() =>
      expect(showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath: 'Europol.pdf' })),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });
});
