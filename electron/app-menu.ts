import type { MenuItemConstructorOptions } from 'electron';
import { shellCommandKeys, type ShellCommand } from '../common/contract/ipc-contract';
import { menuLabel, shellTextsIn } from './texts/shell-texts';
import type { ShellTexts } from './texts/shell-texts-shape';

/** What the menus can do; main.ts wires these to the window. */
export interface MenuActions {
  /** Printing and saving as PDF; absent where a policy switched them off (DisablePrintAndPdf). */
  print?: () => void;
  savePdf?: () => void;
  navigate: (hash: string) => void;
  command: (command: ShellCommand) => void;
  back: () => void;
  forward: () => void;
  /** Content packs (electron/content-packs/); absent where the shell was started without them, import also under DisablePackImport. */
  importPack?: () => void;
  revertPack?: () => void;
}

/** A renderer command's accelerator on a platform; the page answers the same keys (renderer/commands/command-keys.ts). */
export function commandAccelerator(command: ShellCommand, platform: NodeJS.Platform): string {
  const keys = shellCommandKeys[command];
  return platform === 'darwin' ? keys.mac : keys.other;
}

/** The language and names the menus are built in. */
export interface MenuWording {
  texts: ShellTexts;
  /** The product's name, which the macOS app menu's About, Hide and Quit items carry (app.getName()). */
  productName: string;
}

const ENGLISH: MenuWording = { texts: shellTextsIn('en'), productName: shellTextsIn('en').appName };

/**
 * The application menu: the macOS app menu there, File, Edit, View, Go, Bookmarks and Help everywhere, with the
 * platform's accelerators, in the language of `wording` (Electron's own labels for its roles are English only, so
 * every item is labelled here).
 */
export function appMenuTemplate(
  platform: NodeJS.Platform,
  actions: MenuActions,
  isDevelopment: boolean,
  wording: MenuWording = ENGLISH,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const { menu: m, roles: r } = wording.texts;
  const label = (text: string) => menuLabel(text, platform);
  const name = wording.productName;
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { role: 'about', label: r.about(name) },
            { type: 'separator' },
            { role: 'services', label: r.services },
            { type: 'separator' },
            { role: 'hide', label: r.hide(name) },
            { role: 'hideOthers', label: r.hideOthers },
            { role: 'unhide', label: r.unhide },
            { type: 'separator' },
            { role: 'quit', label: r.quit(name) },
          ],
        },
      ]
    : [];
  const file: MenuItemConstructorOptions = {
    label: label(m.file),
    submenu: [
      ...(actions.print && actions.savePdf
        ? ([
            { label: m.print, accelerator: 'CmdOrCtrl+P', click: actions.print },
            { label: m.savePdf, accelerator: 'CmdOrCtrl+Shift+S', click: actions.savePdf },
            { type: 'separator' },
          ] as MenuItemConstructorOptions[])
        : []),
      ...(actions.importPack
        ? ([{ label: m.importPack, click: actions.importPack }] as MenuItemConstructorOptions[])
        : []),
      ...(actions.revertPack
        ? ([{ label: m.revertPack, click: actions.revertPack }, { type: 'separator' }] as MenuItemConstructorOptions[])
        : []),
      mac ? { role: 'close', label: r.close } : { role: 'quit', label: m.exit, accelerator: 'Alt+F4' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: label(m.edit),
    submenu: [
      { role: 'undo', label: r.undo },
      { role: 'redo', label: r.redo },
      { type: 'separator' },
      { role: 'cut', label: r.cut },
      { role: 'copy', label: r.copy },
      { role: 'paste', label: r.paste },
      { role: 'selectAll', label: r.selectAll },
      { type: 'separator' },
      {
        label: m.findInReference,
        accelerator: commandAccelerator('focus-search', platform),
        click: () => actions.command('focus-search'),
      },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: label(m.view),
    submenu: [
      { role: 'resetZoom', label: r.resetZoom },
      { role: 'zoomIn', label: r.zoomIn },
      { role: 'zoomOut', label: r.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: r.togglefullscreen },
      ...(isDevelopment
        ? ([
            { type: 'separator' },
            { role: 'reload', label: r.reload },
            { role: 'toggleDevTools', label: r.toggleDevTools },
          ] as MenuItemConstructorOptions[])
        : []),
    ],
  };
  const go: MenuItemConstructorOptions = {
    label: label(m.go),
    submenu: [
      { label: m.back, accelerator: mac ? 'Cmd+[' : 'Alt+Left', click: actions.back },
      { label: m.forward, accelerator: mac ? 'Cmd+]' : 'Alt+Right', click: actions.forward },
      { type: 'separator' },
      { label: m.home, accelerator: mac ? 'Cmd+Shift+H' : 'Alt+Home', click: () => actions.navigate('#/') },
      { label: m.glossary, accelerator: 'CmdOrCtrl+Shift+G', click: () => actions.navigate('#/glossary') },
      { label: m.timeline, click: () => actions.navigate('#/timeline') },
    ],
  };
  const bookmarks: MenuItemConstructorOptions = {
    label: label(m.bookmarks),
    submenu: [
      {
        label: m.bookmarkThis,
        accelerator: commandAccelerator('bookmark-this', platform),
        click: () => actions.command('bookmark-this'),
      },
      {
        label: m.showBookmarks,
        accelerator: commandAccelerator('show-bookmarks', platform),
        click: () => actions.command('show-bookmarks'),
      },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: label(m.help),
    submenu: [
      { label: m.whatsNew, click: () => actions.navigate('#/whats-new') },
      ...(mac
        ? []
        : ([
            { type: 'separator' },
            { label: m.about, click: () => actions.navigate('#/about') },
          ] as MenuItemConstructorOptions[])),
    ],
  };
  return [...appMenu, file, edit, view, go, bookmarks, help];
}
