import { z } from 'zod';
import { UI_LANGUAGES } from '../../content/model/languages';
import * as bookmarks from '../bookmarks/bookmark-schema';
import * as packs from './pack-schema';
import { policyReportSchema } from './policy-report-schema';

/** What the renderer learns about the running app and the content it shows. */
const appInfoSchema = z.strictObject({
  appName: z.string(),
  appVersion: z.string(),
  bundleId: z.string(),
  bundleVersion: z.string(),
  contentDate: z.string(),
  manifestSha256: z.string(),
});

/**
 * Every IPC channel, once: its name (`namespace:method`), input and output schemas.
 * The preload API, the main-side registration and the renderer client are all derived from this.
 * Least privilege: a channel is here only while the renderer calls it (tests/electron/ipc-contract-callers.test.ts).
 */
export const ipcContract = {
  'app:info': { input: z.undefined(), output: appInfoSchema },
  // The interface language the page shows, so the shell's menus, dialogs and error page speak it too.
  'app:setLanguage': { input: z.strictObject({ language: z.enum(UI_LANGUAGES) }), output: z.undefined() },
  // Bookmarks: the schemas live beside the shared bookmark domain in common/bookmarks/, which both the main process and the web edition run.
  'bookmarks:list': { input: z.undefined(), output: bookmarks.bookmarkStateSchema },
  'bookmarks:add': { input: bookmarks.addBookmarkInputSchema, output: bookmarks.bookmarkSchema },
  'bookmarks:update': { input: bookmarks.updateBookmarkInputSchema, output: bookmarks.bookmarkSchema },
  'bookmarks:remove': { input: bookmarks.removeBookmarksInputSchema, output: bookmarks.removedBookmarksSchema },
  'bookmarks:restore': { input: bookmarks.restoreBookmarksInputSchema, output: bookmarks.restoredBookmarksSchema },
  'bookmarks:move': { input: bookmarks.moveBookmarksInputSchema, output: bookmarks.movedBookmarksSchema },
  'bookmarks:addFolder': { input: bookmarks.addFolderInputSchema, output: bookmarks.folderSchema },
  'bookmarks:renameFolder': { input: bookmarks.renameFolderInputSchema, output: bookmarks.folderSchema },
  'bookmarks:moveFolder': { input: bookmarks.moveFolderInputSchema, output: bookmarks.folderSchema },
  'bookmarks:removeFolder': { input: bookmarks.removeFolderInputSchema, output: bookmarks.removedFolderSchema },
  'bookmarks:export': { input: bookmarks.exportInputSchema, output: bookmarks.exportFileSchema },
  'bookmarks:import': { input: bookmarks.importInputSchema, output: bookmarks.importReportSchema },
  // Content packs, read-only: importing and reverting happen in the File menu, each confirmed in a main-process dialog.
  'packs:status': { input: z.undefined(), output: packs.packStatusSchema },
  'packs:whatsNew': { input: z.undefined(), output: packs.whatsNewSchema.nullable() },
  // Administrators' policies, read once at start by the shell (electron/policies/); the page honours and shows them.
  'policies:report': { input: z.undefined(), output: policyReportSchema },
} as const;

/** Commands from the application and context menus that the renderer carries out itself. */
const shellCommandSchema = z.enum(['bookmark-this', 'focus-search', 'show-bookmarks']);

/** A renderer-side command. */
export type ShellCommand = z.infer<typeof shellCommandSchema>;

/**
 * Each command's keys, in Electron's accelerator syntax, once for the menus and the page: the menus register them as
 * accelerators, and the page answers the same keys itself, which is all there is where no menu exists (web edition).
 */
export const shellCommandKeys: Readonly<Record<ShellCommand, { mac: string; other: string }>> = {
  'focus-search': { mac: 'Cmd+F', other: 'Ctrl+F' },
  'bookmark-this': { mac: 'Cmd+D', other: 'Ctrl+D' },
  'show-bookmarks': { mac: 'Cmd+Alt+B', other: 'Ctrl+Shift+O' },
};

/** Every main->renderer event, once: its name and payload schema; the preload checks each payload before a listener sees it. */
export const ipcEvents = {
  'shell:command': z.strictObject({ command: shellCommandSchema }),
} as const;

/** An event name. */
export type EventName = keyof typeof ipcEvents;
/** What an event carries. */
export type EventPayload<E extends EventName> = z.output<(typeof ipcEvents)[E]>;

/** A channel name. */
export type Channel = keyof typeof ipcContract;
/** What a channel accepts. */
export type ChannelInput<C extends Channel> = z.input<(typeof ipcContract)[C]['input']>;
/** What a channel returns when it succeeds. */
export type ChannelOutput<C extends Channel> = z.output<(typeof ipcContract)[C]['output']>;

/** Errors cross IPC as values: Electron would carry only an exception's message. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } };

/** Why a call failed. */
export type IpcErrorCode = 'bad-sender' | 'bad-input' | 'failed';

/** Information about the app and its content. */
export type AppInfo = z.infer<typeof appInfoSchema>;
