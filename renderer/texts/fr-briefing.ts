import type { Texts } from './texts-shape';

/** Textes des dossiers de briefing (vue d’impression et composition), en français. */
export const briefingTexts: Texts['briefing'] = {
  coverLabel: 'Couverture',
  made: (date: string) => `Établi le ${date}`,
  content: (version: string, date: string) => `Contenu ${version} du ${date}`,
  source: 'Référence de la coopération policière de l’UE',
  contents: 'Sommaire',
  contentsPage: 'Page',
  glossary: 'Glossaire des termes employés',
  identifiers: 'Identifiants',
  status: 'Statut',
  pageFooter: (date: string) => `contenu du ${date}`,
  pageOf: ['Page ', ' sur '],
  unknownIds: (ids: string) => `Absents de ce contenu, omis : ${ids}`,
  empty: 'Ce dossier de briefing ne contient aucune page.',
  print: 'Imprimer ce dossier de briefing',
  checked: (date: string) => `Faits vérifiés le ${date}`,
  outsidePack: 'hors de ce dossier',
};
