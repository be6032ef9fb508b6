import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, type MenuActions } from '../../electron/app-menu';
import { shellTextsIn } from '../../electron/texts/shell-texts';

vi.mock('electron', () => ({}));

function actions(): MenuActions {
  return { print: vi.fn(), savePdf: vi.fn(), navigate: vi.fn(), command: vi.fn(), back: vi.fn(), forward: vi.fn() };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function find(template: MenuItemConstructorOptions[], label: string) {
  return items(template).find((item) => item.label === label);
}

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('application menu', () => {
  it('follows macOS conventions there: app menu first, Cmd accelerators for history', () => {
    const template = appMenuTemplate('darwin', actions(), false);
    expect(template.map((m) => m.role ?? m.label)).toEqual([
      'appMenu',
      'File',
      'Edit',
      'View',
      'Go',
      'Bookmarks',
      'help',
    ]);
    expect(find(template, 'Back')?.accelerator).toBe('Cmd+[');
    expect(items(template).some((item) => item.role === 'quit')).toBe(true);
  });

  it.each(['win32', 'linux'] as const)(
    'has File, Edit, View, Go, Bookmarks and Help with mnemonics on %s',
    (platform) => {
      const template = appMenuTemplate(platform, actions(), false);
      expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Go', '&Bookmarks', '&Help']);
      expect(find(template, 'Back')?.accelerator).toBe('Alt+Left');
      expect(find(template, 'About EU Police Cooperation Reference')).toBeDefined();
    },
  );

  it('wires print, save as PDF, navigation and bookmarking to their actions with accelerators', () => {
    const wired = actions();
    const template = appMenuTemplate('linux', wired, false);
    expect(find(template, 'Print…')?.accelerator).toBe('CmdOrCtrl+P');
    click(find(template, 'Print…'));
    click(find(template, 'Save Page as PDF…'));
    click(find(template, 'Glossary'));
    click(find(template, 'Bookmark This Page'));
    click(find(template, 'Back'));
    expect(wired.print).toHaveBeenCalled();
    expect(wired.savePdf).toHaveBeenCalled();
    expect(wired.navigate).toHaveBeenCalledWith('#/glossary');
    expect(wired.command).toHaveBeenCalledWith('bookmark-this');
    expect(wired.back).toHaveBeenCalled();
  });

  it('has no two items with the same accelerator', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const accelerators = items(appMenuTemplate(platform, actions(), true)).flatMap((item) =>
        item.accelerator ? [String(item.accelerator)] : [],
      );
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('offers devtools and reload only in development', () => {
    expect(
      items(appMenuTemplate('linux', actions(), false)).some(
        (item) => item.role === 'toggleDevTools' || item.role === 'reload',
      ),
    ).toBe(false);
    expect(items(appMenuTemplate('linux', actions(), true)).some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it.each([
    ['fr', ['&Fichier', 'É&dition', '&Affichage', 'A&ller', '&Signets', 'Aid&e'], 'Précédent', 'Annuler'],
    ['de', ['&Datei', '&Bearbeiten', '&Ansicht', '&Gehe zu', '&Lesezeichen', '&Hilfe'], 'Zurück', 'Rückgängig'],
  ] as const)('speaks %s, down to the items Electron carries out itself', (language, menus, back, undo) => {
    const wording = { texts: shellTextsIn(language), productName: 'EU Police Cooperation Reference' };
    const template = appMenuTemplate('win32', actions(), false, wording);
    expect(template.map((m) => m.label)).toEqual(menus);
    expect(find(template, back)?.accelerator).toBe('Alt+Left');
    expect(items(template).find((item) => item.role === 'undo')?.label).toBe(undo);
    // Every item but separators and submenus' parents has a label of ours: Electron's role labels are English only.
    expect(items(template).filter((item) => item.type !== 'separator' && !item.label)).toEqual([]);
  });

  it('strips access keys on macOS and names the product in the app menu', () => {
    const wording = { texts: shellTextsIn('fr'), productName: 'EU Police Cooperation Reference' };
    const template = appMenuTemplate('darwin', actions(), false, wording);
    expect(template.slice(1).map((m) => m.label)).toEqual([
      'Fichier',
      'Édition',
      'Affichage',
      'Aller',
      'Signets',
      'Aide',
    ]);
    expect(items(template).find((item) => item.role === 'quit')?.label).toBe('Quitter EU Police Cooperation Reference');
    expect(items(template).find((item) => item.role === 'close')?.label).toBe('Fermer la fenêtre');
  });
});
