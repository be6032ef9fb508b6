/**
 * The time zone of each EU Member State and Schengen associated country, by the zone of its capital (Portugal's
 * Azores and Madeira, Spain's Canary Islands and France's overseas regions keep other time: pick their zone by name).
 */
const STATE_ZONES: readonly { state: string; zone: string }[] = [
  { state: 'Austria', zone: 'Europe/Vienna' },
  { state: 'Belgium', zone: 'Europe/Brussels' },
  { state: 'Bulgaria', zone: 'Europe/Sofia' },
  { state: 'Croatia', zone: 'Europe/Zagreb' },
  { state: 'Cyprus', zone: 'Asia/Nicosia' },
  { state: 'Czechia', zone: 'Europe/Prague' },
  { state: 'Denmark', zone: 'Europe/Copenhagen' },
  { state: 'Estonia', zone: 'Europe/Tallinn' },
  { state: 'Finland', zone: 'Europe/Helsinki' },
  { state: 'France', zone: 'Europe/Paris' },
  { state: 'Germany', zone: 'Europe/Berlin' },
  { state: 'Greece', zone: 'Europe/Athens' },
  { state: 'Hungary', zone: 'Europe/Budapest' },
  { state: 'Iceland', zone: 'Atlantic/Reykjavik' },
  { state: 'Ireland', zone: 'Europe/Dublin' },
  { state: 'Italy', zone: 'Europe/Rome' },
  { state: 'Latvia', zone: 'Europe/Riga' },
  { state: 'Liechtenstein', zone: 'Europe/Vaduz' },
  { state: 'Lithuania', zone: 'Europe/Vilnius' },
  { state: 'Luxembourg', zone: 'Europe/Luxembourg' },
  { state: 'Malta', zone: 'Europe/Malta' },
  { state: 'Netherlands', zone: 'Europe/Amsterdam' },
  { state: 'Norway', zone: 'Europe/Oslo' },
  { state: 'Poland', zone: 'Europe/Warsaw' },
  { state: 'Portugal', zone: 'Europe/Lisbon' },
  { state: 'Romania', zone: 'Europe/Bucharest' },
  { state: 'Slovakia', zone: 'Europe/Bratislava' },
  { state: 'Slovenia', zone: 'Europe/Ljubljana' },
  { state: 'Spain', zone: 'Europe/Madrid' },
  { state: 'Sweden', zone: 'Europe/Stockholm' },
  { state: 'Switzerland', zone: 'Europe/Zurich' },
];

/** Zone choices: the machine's zone and UTC first, then each state's; each zone once. */
export function zoneChoices(machineZone: string): { zone: string; label: string }[] {
  const states = STATE_ZONES.map(({ state, zone }) => ({ zone, label: `${state} (${zone})` }));
  const first = [machineZone, 'UTC']
    .filter((zone) => !STATE_ZONES.some((s) => s.zone === zone))
    .map((zone) => ({ zone, label: zone }));
  return [...new Map([...first, ...states].map((choice) => [choice.zone, choice])).values()];
}
