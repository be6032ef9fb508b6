import type { LanguageFile } from '../../content/model/language-file-schema';

const source = { celex: '32006F0960' };
const checked = '2026-12-03';

/** A French language file over the bundle fixture's ids: official titles, a number, a body, term equivalents. */
export function frenchLanguageFixture(): LanguageFile {
  return {
    format: 1,
    language: 'fr',
    instruments: {
      'swedish-framework-decision-2006-960': {
        title:
          'Décision-cadre 2006/960/JAI du Conseil du 18 décembre 2006 relative à la simplification de l’échange d’informations et de renseignements entre les services répressifs des États membres de l’Union européenne',
        number: '2006/960/JAI',
        source,
        checked,
      },
    },
    bodies: { 'spoc-body': { title: 'Point de contact unique', source, checked } },
    terms: {
      spoc: { term: 'point de contact unique', aliases: ['PCU'], source, checked },
      'swedish-initiative': { term: 'initiative suédoise', aliases: [], source, checked },
    },
    countries: {},
  };
}
