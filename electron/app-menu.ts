import type { MenuItemConstructorOptions } from 'electron';
import { shellCommandKeys, type ShellCommand } from '../common/contract/ipc-contract';

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

/** The application menu: the macOS app menu there, File, Edit, View, Go, Bookmarks and Help everywhere, with the platform's accelerators. */
export function appMenuTemplate(
  platform: NodeJS.Platform,
  actions: MenuActions,
  isDevelopment: boolean,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const file: MenuItemConstructorOptions = {
    label: mac ? 'File' : '&File',
    submenu: [
      ...(actions.print && actions.savePdf
        ? ([
            { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: actions.print },
            { label: 'Save Page as PDF…', accelerator: 'CmdOrCtrl+Shift+S', click: actions.savePdf },
            { type: 'separator' },
          ] as MenuItemConstructorOptions[])
        : []),
      ...(actions.importPack
        ? ([{ label: 'Import Content Pack…', click: actions.importPack }] as MenuItemConstructorOptions[])
        : []),
      ...(actions.revertPack
        ? ([
            { label: 'Revert to Previous Content', click: actions.revertPack },
            { type: 'separator' },
          ] as MenuItemConstructorOptions[])
        : []),
      mac ? { role: 'close' } : { role: 'quit', label: 'E&xit', accelerator: 'Alt+F4' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      {
        label: 'Find in Reference',
        accelerator: commandAccelerator('focus-search', platform),
        click: () => actions.command('focus-search'),
      },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: mac ? 'View' : '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isDevelopment
        ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[])
        : []),
    ],
  };
  const go: MenuItemConstructorOptions = {
    label: mac ? 'Go' : '&Go',
    submenu: [
      { label: 'Back', accelerator: mac ? 'Cmd+[' : 'Alt+Left', click: actions.back },
      { label: 'Forward', accelerator: mac ? 'Cmd+]' : 'Alt+Right', click: actions.forward },
      { type: 'separator' },
      { label: 'Home', accelerator: mac ? 'Cmd+Shift+H' : 'Alt+Home', click: () => actions.navigate('#/') },
      { label: 'Glossary', accelerator: 'CmdOrCtrl+Shift+G', click: () => actions.navigate('#/glossary') },
      { label: 'Timeline', click: () => actions.navigate('#/timeline') },
    ],
  };
  const bookmarks: MenuItemConstructorOptions = {
    label: mac ? 'Bookmarks' : '&Bookmarks',
    submenu: [
      {
        label: 'Bookmark This Page',
        accelerator: commandAccelerator('bookmark-this', platform),
        click: () => actions.command('bookmark-this'),
      },
      {
        label: 'Show Bookmarks',
        accelerator: commandAccelerator('show-bookmarks', platform),
        click: () => actions.command('show-bookmarks'),
      },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: mac ? 'Help' : '&Help',
    submenu: [
      { label: "What's New", click: () => actions.navigate('#/whats-new') },
      ...(mac
        ? []
        : ([
            { type: 'separator' },
            { label: 'About EU Police Cooperation Reference', click: () => actions.navigate('#/about') },
          ] as MenuItemConstructorOptions[])),
    ],
  };
  return [...appMenu, file, edit, view, go, bookmarks, help];
}
