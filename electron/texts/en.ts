import { countWords } from '../../common/texts/count-words';

const count = countWords('en-GB');

/**
 * Every text the shell shows (menus, native dialogs, the error page), in English; `fr.ts` and `de.ts` have the same
 * shape. In menu labels `&` marks the Windows and Linux access key (stripped on macOS); the keys are unique per menu.
 * Technical reasons passed in (a file that failed its check, a refused signature) stay as the code wrote them.
 */
export const shellTexts = {
  /** Locale for numbers and plurals. */
  locale: 'en-GB',
  appName: 'EU Police Cooperation Reference',
  menu: {
    file: '&File',
    edit: '&Edit',
    view: '&View',
    go: '&Go',
    bookmarks: '&Bookmarks',
    help: '&Help',
    print: 'Print…',
    savePdf: 'Save Page as PDF…',
    importPack: 'Import Content Pack…',
    revertPack: 'Revert to Previous Content',
    exit: 'E&xit',
    findInReference: 'Find in Reference',
    back: 'Back',
    forward: 'Forward',
    home: 'Home',
    glossary: 'Glossary',
    timeline: 'Timeline',
    bookmarkThis: 'Bookmark This Page',
    showBookmarks: 'Show Bookmarks',
    whatsNew: 'What’s New',
    about: 'About EU Police Cooperation Reference',
  },
  /** Labels of the items Electron carries out itself (its own labels are English only). */
  roles: {
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    togglefullscreen: 'Toggle Full Screen',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    close: 'Close Window',
    services: 'Services',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    about: (app: string) => `About ${app}`,
    hide: (app: string) => `Hide ${app}`,
    quit: (app: string) => `Quit ${app}`,
  },
  dialogs: {
    ok: 'OK',
    cancel: 'Cancel',
    savePdfTitle: 'Save Page as PDF',
    pdfFilter: 'PDF document',
    externalLink: {
      open: 'Open in Browser',
      message: 'Open this link in your web browser?',
      detail: (url: string) => `${url}\n\nThe page is on the internet, outside this reference.`,
    },
    startFailed: {
      title: 'EU Police Cooperation Reference could not start',
      detail: (reason: string) =>
        `${reason}\n\nReinstall the application or ask your IT support; the log in the application’s logs folder has the details.`,
    },
  },
  packs: {
    importTitle: 'Import Content Pack',
    packFilter: 'Content pack',
    install: 'Install',
    installOlder: 'Install Older Content',
    revert: 'Revert',
    refused: 'The content pack was refused. Nothing was changed.',
    notInstalled: 'The content pack was not installed. Nothing was changed.',
    importFailed: 'The content pack could not be imported. Nothing was changed.',
    notReverted: 'The content was not reverted.',
    revertFailed: 'The content could not be reverted. Nothing was changed.',
    nothingToRevert: 'The built-in content is in use: there is nothing to revert to.',
    revertQuestion: (version: string) => `Revert from content ${version} to the content used before it?`,
    revertDetail: 'The reference restarts on the previous content. The content in use now stays installed.',
    installQuestion: (version: string, contentDate: string, current: string) =>
      `Install content ${version} (${contentDate}) in place of ${current}?`,
    documentChanges: (added: number, changed: number, removed: number) =>
      `${count(added, { one: 'document', other: 'documents' })} added, ${changed} changed, ${removed} removed.`,
    warning: (reason: string) => `Warning: ${reason}.`,
    bookmarksAffected: (n: number) => `${count(n, { one: 'bookmark', other: 'bookmarks' })} affected:`,
    pageRemoved: 'page removed',
    pageChanged: 'page changed',
    andMore: (n: number) => `and ${n} more`,
    previousKept: (menuPath: string) => `The previous content is kept: ${menuPath} goes back to it.`,
    setAside: 'Installed content failed its check and is not used.',
  },
  bundleError: {
    title: 'Content could not be verified',
    failed: 'The built-in content bundle failed its integrity check and was not loaded.',
    file: 'File:',
    advice: 'No verified content is available: reinstall the application or ask your IT support for a fresh copy.',
    packs: 'Installed content packs',
  },
};
