/** Texts of briefing packs: the print view (cover, contents, items, glossary annex) and composing a pack. */
export const briefingTexts = {
  coverLabel: 'Cover',
  made: (date: string) => `Made on ${date}`,
  content: (version: string, date: string) => `Content ${version} of ${date}`,
  source: 'EU Police Cooperation Reference',
  contents: 'Contents',
  contentsPage: 'Page',
  glossary: 'Glossary of terms used',
  identifiers: 'Identifiers',
  status: 'Status',
  pageFooter: (date: string) => `content of ${date}`,
  pageOf: ['Page ', ' of '] as const,
  unknownIds: (ids: string) => `Not in this content, left out: ${ids}`,
  empty: 'This briefing pack has no pages.',
  print: 'Print this briefing pack',
  checked: (date: string) => `Facts checked on ${date}`,
  outsidePack: 'not in this pack',
} as const;
