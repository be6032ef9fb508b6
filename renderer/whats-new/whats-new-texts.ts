/** The words of the "What's new" page, kept beside it until the texts file takes them over. */
export const whatsNewTexts = {
  title: "What's new",
  loading: 'Loading…',
  noShell: 'Content updates are installed in the desktop app; this edition shows its content as published.',
  none: 'No content update has been installed yet. New content arrives as a signed content pack: File > Import Content Pack….',
  switched: (from: string, to: string, contentDate: string, when: string) => `The content changed from version ${from} to ${to} (content of ${contentDate}) on ${when}.`,
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
  removedNote: 'No longer in the reference.',
  empty: 'None.',
  notices: 'Content checks at start',
};
