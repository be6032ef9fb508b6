import { countWords } from '../../common/texts/count-words';
import type { ShellTexts } from './shell-texts-shape';

const count = countWords('de-DE');

/** Every text the shell shows, in German (formal register, Sie); same keys as `en.ts`. */
export const shellTexts = {
  locale: 'de-DE',
  appName: 'Nachschlagewerk zur polizeilichen Zusammenarbeit in der EU',
  menu: {
    file: '&Datei',
    edit: '&Bearbeiten',
    view: '&Ansicht',
    go: '&Gehe zu',
    bookmarks: '&Lesezeichen',
    help: '&Hilfe',
    print: 'Drucken…',
    savePdf: 'Seite als PDF speichern…',
    importPack: 'Inhaltspaket importieren…',
    revertPack: 'Zum vorherigen Inhalt zurückkehren',
    exit: '&Beenden',
    findInReference: 'Im Nachschlagewerk suchen',
    back: 'Zurück',
    forward: 'Vorwärts',
    home: 'Startseite',
    glossary: 'Glossar',
    timeline: 'Zeitleiste',
    bookmarkThis: 'Lesezeichen für diese Seite hinzufügen',
    showBookmarks: 'Lesezeichen anzeigen',
    whatsNew: 'Neuigkeiten',
    about: 'Über dieses Nachschlagewerk',
  },
  roles: {
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',
    resetZoom: 'Originalgröße',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    togglefullscreen: 'Vollbild ein/aus',
    reload: 'Neu laden',
    toggleDevTools: 'Entwicklerwerkzeuge ein/aus',
    close: 'Fenster schließen',
    services: 'Dienste',
    hideOthers: 'Andere ausblenden',
    unhide: 'Alle einblenden',
    about: (app: string) => `Über ${app}`,
    hide: (app: string) => `${app} ausblenden`,
    quit: (app: string) => `${app} beenden`,
  },
  dialogs: {
    ok: 'OK',
    cancel: 'Abbrechen',
    savePdfTitle: 'Seite als PDF speichern',
    pdfFilter: 'PDF-Dokument',
    externalLink: {
      open: 'Im Browser öffnen',
      message: 'Diesen Link in Ihrem Webbrowser öffnen?',
      detail: (url: string) => `${url}\n\nDie Seite liegt im Internet, außerhalb dieses Nachschlagewerks.`,
    },
    startFailed: {
      title: 'Das Nachschlagewerk zur polizeilichen Zusammenarbeit in der EU konnte nicht starten',
      detail: (reason: string) =>
        `${reason}\n\nInstallieren Sie die Anwendung neu oder wenden Sie sich an Ihre IT-Betreuung; das Protokoll im Protokollordner der Anwendung enthält die Einzelheiten.`,
    },
  },
  packs: {
    importTitle: 'Inhaltspaket importieren',
    packFilter: 'Inhaltspaket',
    install: 'Installieren',
    installOlder: 'Älteren Inhalt installieren',
    revert: 'Zurückkehren',
    refused: 'Das Inhaltspaket wurde abgelehnt. Es wurde nichts geändert.',
    notInstalled: 'Das Inhaltspaket wurde nicht installiert. Es wurde nichts geändert.',
    importFailed: 'Das Inhaltspaket konnte nicht importiert werden. Es wurde nichts geändert.',
    notReverted: 'Der vorherige Inhalt wurde nicht wiederhergestellt.',
    revertFailed: 'Der vorherige Inhalt konnte nicht wiederhergestellt werden. Es wurde nichts geändert.',
    nothingToRevert: 'Der mitgelieferte Inhalt wird verwendet: Es gibt keinen vorherigen Inhalt.',
    revertQuestion: (version: string) => `Von Inhalt ${version} zum zuvor verwendeten Inhalt zurückkehren?`,
    revertDetail:
      'Das Nachschlagewerk startet mit dem vorherigen Inhalt neu. Der jetzt verwendete Inhalt bleibt installiert.',
    installQuestion: (version: string, contentDate: string, current: string) =>
      `Inhalt ${version} (${contentDate}) anstelle von ${current} installieren?`,
    documentChanges: (added: number, changed: number, removed: number) =>
      `Dokumente hinzugefügt: ${added}, geändert: ${changed}, entfernt: ${removed}.`,
    warning: (reason: string) => `Achtung: ${reason}.`,
    bookmarksAffected: (n: number) => `${count(n, { one: 'Lesezeichen', other: 'Lesezeichen' })} betroffen:`,
    pageRemoved: 'Seite entfernt',
    pageChanged: 'Seite geändert',
    andMore: (n: number) => `und ${n} weitere`,
    previousKept: (menuPath: string) =>
      `Der vorherige Inhalt bleibt erhalten: Über das Menü „${menuPath}“ kehren Sie zu ihm zurück.`,
    setAside: 'Installierter Inhalt hat die Prüfung nicht bestanden und wird nicht verwendet.',
  },
  bundleError: {
    title: 'Der Inhalt konnte nicht geprüft werden',
    failed: 'Der mitgelieferte Inhalt hat die Integritätsprüfung nicht bestanden und wurde nicht geladen.',
    file: 'Datei:',
    advice:
      'Es ist kein geprüfter Inhalt verfügbar: Installieren Sie die Anwendung neu oder bitten Sie Ihre IT-Betreuung um eine neue Kopie.',
    packs: 'Installierte Inhaltspakete',
  },
} satisfies ShellTexts;
