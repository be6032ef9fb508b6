import { describe, expect, it } from 'vitest';
import { shellTexts as de } from '../../../electron/texts/de';
import { shellTexts as en } from '../../../electron/texts/en';
import { shellTexts as fr } from '../../../electron/texts/fr';
import { menuLabel, menuPath, shellTextsIn } from '../../../electron/texts/shell-texts';
import { texts as rendererDe } from '../../../renderer/texts/de';
import { texts as rendererEn } from '../../../renderer/texts/en';
import { texts as rendererFr } from '../../../renderer/texts/fr';
import { pathsSameAsEnglish, shapeDifferences, stringsByPath } from '../../texts/text-tree';

// Texts rightly the same as English, by key path: OK, and the word "Services" in French (the macOS menu's own name).
const SAME_AS_ENGLISH = { fr: ['roles.services', 'dialogs.ok'], de: ['dialogs.ok'] };

const MENU_BAR = ['file', 'edit', 'view', 'go', 'bookmarks', 'help'] as const;

/** The access key of a menu label: the letter after `&`, lower-cased. */
const accessKey = (label: string) => /&([^&])/.exec(label)?.[1]?.toLocaleLowerCase();

describe('the shell’s language modules', () => {
  it.each([
    ['fr', fr],
    ['de', de],
  ] as const)('%s has exactly the keys of en.ts, each of the same kind and arity', (_name, module) => {
    expect(shapeDifferences(en, module)).toEqual({ extra: [], missing: [] });
  });

  it.each([
    ['fr', fr],
    ['de', de],
  ] as const)('%s leaves no text empty and nothing in English but what is listed', (name, module) => {
    expect(stringsByPath(module).filter(([, text]) => text.trim() === '')).toEqual([]);
    expect(pathsSameAsEnglish(en, module)).toEqual(SAME_AS_ENGLISH[name]);
  });

  it.each([
    ['en', en],
    ['fr', fr],
    ['de', de],
  ] as const)('%s gives each menu of the menu bar its own access key', (_name, module) => {
    const keys = MENU_BAR.map((menu) => accessKey(module.menu[menu]));
    expect(keys.every(Boolean)).toBe(true);
    expect(new Set(keys).size).toBe(MENU_BAR.length);
  });

  it('strips access keys on macOS and in menu paths, keeping a doubled ampersand as one', () => {
    expect(menuLabel('É&dition', 'darwin')).toBe('Édition');
    expect(menuLabel('É&dition', 'win32')).toBe('É&dition');
    expect(menuLabel('Tom && Jerry', 'darwin')).toBe('Tom & Jerry');
    expect(menuPath(fr.menu.file, fr.menu.importPack)).toBe('Fichier > Importer un paquet de contenu…');
    expect(shellTextsIn('de')).toBe(de);
  });

  it('counts with the locale’s plural rules', () => {
    expect([en.packs.bookmarksAffected(1), en.packs.bookmarksAffected(2)]).toEqual([
      '1 bookmark affected:',
      '2 bookmarks affected:',
    ]);
    expect([fr.packs.bookmarksAffected(1), fr.packs.bookmarksAffected(1200)]).toEqual([
      '1 signet concerné\u00a0:',
      '1\u202f200 signets concernés\u00a0:',
    ]);
    expect(de.packs.bookmarksAffected(2)).toBe('2 Lesezeichen betroffen:');
  });

  it.each([
    ['en', en, rendererEn],
    ['fr', fr, rendererFr],
    ['de', de, rendererDe],
  ] as const)('%s: the page names the import menu item as the shell labels it', (_name, shell, page) => {
    const path = menuPath(shell.menu.file, shell.menu.importPack);
    expect(page.staleContent.desktop).toContain(path);
    expect(page.whatsNew.none).toContain(path);
  });
});
