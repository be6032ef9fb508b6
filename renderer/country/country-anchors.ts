/** The anchors of a profile page's groups and borders, which search results lead to. */
export const countryAnchors = {
  membership: 'membership',
  prum: 'prum',
  pnr: 'pnr',
  informationExchange: 'information-exchange',
  bodies: 'bodies',
  borders: 'borders',
  border: (neighbour: string) => `border-${neighbour}`,
} as const;
