/** Each country profile's id with its ISO 3166-1 numeric code, which names it in Natural Earth (world-atlas). */
export const MAP_STATES: Record<string, string> = {
  austria: '040', belgium: '056', bulgaria: '100', croatia: '191', cyprus: '196', czechia: '203', denmark: '208', estonia: '233',
  finland: '246', france: '250', germany: '276', greece: '300', hungary: '348', ireland: '372', italy: '380', latvia: '428',
  lithuania: '440', luxembourg: '442', malta: '470', netherlands: '528', poland: '616', portugal: '620', romania: '642',
  slovakia: '703', slovenia: '705', spain: '724', sweden: '752', iceland: '352', liechtenstein: '438', norway: '578',
  switzerland: '756', 'united-kingdom': '826',
};
