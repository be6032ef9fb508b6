import { countWords } from '../../common/texts/count-words';
import type { ShellTexts } from './shell-texts-shape';

const count = countWords('fr-FR');

/**
 * Every text the shell shows, in French (formal register); same keys as `en.ts`. As in the renderer's texts, \u00a0 is
 * the no-break space before a colon, \u202f the narrow one before ; ? !
 */
export const shellTexts = {
  locale: 'fr-FR',
  appName: 'Référence de la coopération policière dans l’UE',
  menu: {
    file: '&Fichier',
    edit: 'É&dition',
    view: '&Affichage',
    go: 'A&ller',
    bookmarks: '&Signets',
    help: 'Aid&e',
    print: 'Imprimer…',
    savePdf: 'Enregistrer la page en PDF…',
    importPack: 'Importer un paquet de contenu…',
    revertPack: 'Revenir au contenu précédent',
    exit: '&Quitter',
    findInReference: 'Rechercher dans la référence',
    back: 'Précédent',
    forward: 'Suivant',
    home: 'Accueil',
    glossary: 'Glossaire',
    timeline: 'Chronologie',
    bookmarkThis: 'Ajouter cette page aux signets',
    showBookmarks: 'Afficher les signets',
    whatsNew: 'Nouveautés',
    about: 'À propos de cette référence',
  },
  roles: {
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    resetZoom: 'Taille réelle',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    togglefullscreen: 'Plein écran',
    reload: 'Actualiser',
    toggleDevTools: 'Outils de développement',
    close: 'Fermer la fenêtre',
    services: 'Services',
    hideOthers: 'Masquer les autres',
    unhide: 'Tout afficher',
    about: (app: string) => `À propos de ${app}`,
    hide: (app: string) => `Masquer ${app}`,
    quit: (app: string) => `Quitter ${app}`,
  },
  dialogs: {
    ok: 'OK',
    cancel: 'Annuler',
    savePdfTitle: 'Enregistrer la page en PDF',
    pdfFilter: 'Document PDF',
    externalLink: {
      open: 'Ouvrir dans le navigateur',
      message: 'Ouvrir ce lien dans votre navigateur web\u202f?',
      detail: (url: string) => `${url}\n\nLa page se trouve sur internet, en dehors de cette référence.`,
    },
    startFailed: {
      title: 'La Référence de la coopération policière dans l’UE n’a pas pu démarrer',
      detail: (reason: string) =>
        `${reason}\n\nRéinstallez l’application ou adressez-vous à votre service informatique\u202f; le journal, dans le dossier des journaux de l’application, donne les détails.`,
    },
  },
  packs: {
    importTitle: 'Importer un paquet de contenu',
    packFilter: 'Paquet de contenu',
    install: 'Installer',
    installOlder: 'Installer le contenu plus ancien',
    revert: 'Revenir au contenu précédent',
    refused: 'Le paquet de contenu a été refusé. Rien n’a été modifié.',
    notInstalled: 'Le paquet de contenu n’a pas été installé. Rien n’a été modifié.',
    importFailed: 'Le paquet de contenu n’a pas pu être importé. Rien n’a été modifié.',
    notReverted: 'Le contenu précédent n’a pas été rétabli.',
    revertFailed: 'Le contenu précédent n’a pas pu être rétabli. Rien n’a été modifié.',
    nothingToRevert: 'Le contenu intégré est utilisé\u00a0: il n’y a pas de contenu précédent.',
    revertQuestion: (version: string) =>
      `Quitter le contenu ${version} pour revenir au contenu utilisé auparavant\u202f?`,
    revertDetail: 'La référence redémarre sur le contenu précédent. Le contenu utilisé actuellement reste installé.',
    installQuestion: (version: string, contentDate: string, current: string) =>
      `Installer le contenu ${version} (${contentDate}) à la place du contenu ${current}\u202f?`,
    documentChanges: (added: number, changed: number, removed: number) =>
      `Documents ajoutés\u00a0: ${added}\u202f; modifiés\u00a0: ${changed}\u202f; supprimés\u00a0: ${removed}.`,
    warning: (reason: string) => `Attention\u00a0: ${reason}.`,
    bookmarksAffected: (n: number) => `${count(n, { one: 'signet concerné', other: 'signets concernés' })}\u00a0:`,
    pageRemoved: 'page supprimée',
    pageChanged: 'page modifiée',
    andMore: (n: number) => `et ${count(n, { one: 'autre', other: 'autres' })}`,
    previousKept: (menuPath: string) =>
      `Le contenu précédent est conservé\u00a0: le menu «\u00a0${menuPath}\u00a0» permet d’y revenir.`,
    setAside: 'Un contenu installé a échoué à la vérification et n’est pas utilisé.',
  },
  bundleError: {
    title: 'Le contenu n’a pas pu être vérifié',
    failed: 'Le contenu intégré a échoué au contrôle d’intégrité et n’a pas été chargé.',
    file: 'Fichier\u00a0:',
    advice:
      'Aucun contenu vérifié n’est disponible\u00a0: réinstallez l’application ou demandez-en une nouvelle copie à votre service informatique.',
    packs: 'Paquets de contenu installés',
  },
} satisfies ShellTexts;
