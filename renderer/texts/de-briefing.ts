import type { Texts } from './texts-shape';

/** Texte der Briefing-Mappen (Druckansicht und Zusammenstellung), auf Deutsch. */
export const briefingTexts: Texts['briefing'] = {
  coverLabel: 'Deckblatt',
  made: (date: string) => `Erstellt am ${date}`,
  content: (version: string, date: string) => `Inhalt ${version} vom ${date}`,
  source: 'Nachschlagewerk zur polizeilichen Zusammenarbeit in der EU',
  contents: 'Inhaltsverzeichnis',
  contentsPage: 'Seite',
  glossary: 'Glossar der verwendeten Begriffe',
  identifiers: 'Kennungen',
  status: 'Status',
  pageFooter: (date: string) => `Inhalt vom ${date}`,
  pageOf: ['Seite ', ' von '],
  unknownIds: (ids: string) => `In diesem Inhalt nicht vorhanden, ausgelassen: ${ids}`,
  empty: 'Diese Briefing-Mappe enthält keine Seiten.',
  print: 'Diese Briefing-Mappe drucken',
  checked: (date: string) => `Fakten geprüft am ${date}`,
  outsidePack: 'nicht in dieser Mappe',
};
