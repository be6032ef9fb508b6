import { describe, expect, it } from 'vitest';
import { appMenuTemplate, type MenuActions } from '../../../electron/app-menu';
import { shellCommandKeys, type ShellCommand } from '../../../common/contract/ipc-contract';
import { ariaKeyShortcuts, commandForKey, type KeyPress } from '../../../renderer/commands/command-keys';

function press(
  key: string,
  modifiers: Partial<Pick<KeyPress, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>> = {},
  code = `Key${key.toUpperCase()}`,
): KeyPress {
  return { key, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers };
}

describe('the page keys of the menu commands', () => {
  it.each<[string, KeyPress, ShellCommand]>([
    ['Ctrl+F', press('f', { ctrlKey: true }), 'focus-search'],
    ['Cmd+F', press('f', { metaKey: true }), 'focus-search'],
    ['Ctrl+D', press('d', { ctrlKey: true }), 'bookmark-this'],
    ['Cmd+D', press('d', { metaKey: true }), 'bookmark-this'],
    ['Ctrl+Shift+O (the key reads "O")', press('O', { ctrlKey: true, shiftKey: true }), 'show-bookmarks'],
    [
      'Cmd+Alt+B (a Mac types "∫" with Option held)',
      press('∫', { metaKey: true, altKey: true }, 'KeyB'),
      'show-bookmarks',
    ],
  ])('%s', (_name, key, command) => {
    expect(commandForKey(key)).toBe(command);
  });

  it.each<[string, KeyPress]>([
    ['F alone', press('f')],
    ['Ctrl+Shift+F', press('F', { ctrlKey: true, shiftKey: true })],
    ['Ctrl+Alt+D', press('d', { ctrlKey: true, altKey: true })],
    ['Ctrl+O', press('o', { ctrlKey: true })],
    ['Ctrl+Cmd+F', press('f', { ctrlKey: true, metaKey: true })],
  ])('leaves %s alone', (_name, key) => {
    expect(commandForKey(key)).toBeUndefined();
  });

  it('are the accelerators the menus register, on every platform', () => {
    const actions: MenuActions = {
      print: () => undefined,
      savePdf: () => undefined,
      navigate: () => undefined,
      command: () => undefined,
      back: () => undefined,
      forward: () => undefined,
    };
    for (const [platform, which] of [
      ['darwin', 'mac'],
      ['win32', 'other'],
      ['linux', 'other'],
    ] as const) {
      const items = appMenuTemplate(platform, actions, false).flatMap((menu) =>
        Array.isArray(menu.submenu) ? menu.submenu : [],
      );
      const accelerator = (label: string) => items.find((item) => item.label === label)?.accelerator;
      expect([
        accelerator('Find in Reference'),
        accelerator('Bookmark This Page'),
        accelerator('Show Bookmarks'),
      ]).toEqual([
        shellCommandKeys['focus-search'][which],
        shellCommandKeys['bookmark-this'][which],
        shellCommandKeys['show-bookmarks'][which],
      ]);
    }
  });

  it('are announced in aria-keyshortcuts syntax', () => {
    expect(ariaKeyShortcuts('bookmark-this')).toBe('Control+D Meta+D');
    expect(ariaKeyShortcuts('show-bookmarks')).toBe('Control+Shift+O Meta+Alt+B');
  });
});
