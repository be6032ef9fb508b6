import { z } from 'zod';

/** Commands from the application and context menus that the renderer carries out itself. */
export const shellCommandSchema = z.enum(['bookmark-this', 'focus-search', 'show-bookmarks']);

/** A renderer-side command. */
export type ShellCommand = z.infer<typeof shellCommandSchema>;

/**
 * Each command's keys, in Electron's accelerator syntax, once for the menus and the page: the menu registers them as
 * accelerators, and the page answers the same keys itself where there is no menu (web edition, browser tests).
 */
export const shellCommandKeys: Readonly<Record<ShellCommand, { mac: string; other: string }>> = {
  'focus-search': { mac: 'Cmd+F', other: 'Ctrl+F' },
  'bookmark-this': { mac: 'Cmd+D', other: 'Ctrl+D' },
  'show-bookmarks': { mac: 'Cmd+Alt+B', other: 'Ctrl+Shift+O' },
};
