import { createHash } from 'node:crypto';
import { bundleSchema, type Bundle, type Relations } from '../../content/model/bundle-schema';
import { documentBodySchema, type DocumentBody } from '../../content/model/document-body-schema';
import { BUNDLE_FORMAT, documentBodyPath } from '../../content/model/formats';
import type { BodySource } from '../../renderer/bundle/document-bodies';

const noRelations: Relations = {
  amends: [],
  amendedBy: [],
  repeals: [],
  repealedBy: [],
  replaces: [],
  replacedBy: [],
  establishes: [],
  establishedBy: [],
  related: [],
};

const base = {
  toc: [],
  sections: [],
  topics: [],
  relations: noRelations,
  contentHash: '0'.repeat(64),
  checked: '2026-01-10',
  sources: [{ title: 'EUR-Lex, Directive (EU) 2023/977', celex: '32023L0977' }],
};

/** The fixture as the compiler sees it before writing: each document with its HTML and contents. */
function fixtureSource() {
  return {
    format: BUNDLE_FORMAT,
    id: 'test-bundle',
    title: 'EU Police Cooperation Reference',
    language: 'en',
    version: '2026.1.0',
    contentDate: '2026-01-15',
    compilerVersion: '1.0.0',
    documents: [
      {
        ...base,
        kind: 'page',
        id: 'overview',
        title: 'EU police cooperation at a glance',
        shortName: 'Overview',
        summary: 'What the EU does for police.',
        html: '<h2 id="why">Why</h2><p>Police work with <span class="term" data-term="spoc">SPOCs</span>.</p><h2 id="how">How</h2><p>Text.</p>',
        toc: [
          { depth: 2, text: 'Why', anchor: 'why' },
          { depth: 2, text: 'How', anchor: 'how' },
        ],
      },
      {
        ...base,
        kind: 'section',
        id: 'information-exchange',
        title: 'Information exchange between law enforcement authorities',
        shortName: 'Information exchange',
        summary: 'The everyday route for asking another Member State.',
        html: '<p>Introduction to information exchange.</p>',
        order: 1,
        children: [],
        members: ['swedish-framework-decision-2006-960', 'info-exchange-directive-2023-977', 'spoc-body', 'overview'],
      },
      {
        ...base,
        kind: 'section',
        id: 'agencies',
        title: 'EU agencies and bodies',
        shortName: 'Agencies',
        summary: 'Europol and friends.',
        html: '<p>Agencies.</p>',
        order: 2,
        children: [],
        members: ['spoc-body'],
      },
      {
        ...base,
        kind: 'instrument',
        id: 'swedish-framework-decision-2006-960',
        title: 'Council Framework Decision 2006/960/JHA on simplifying the exchange of information',
        shortName: 'Swedish Framework Decision',
        summary: 'Repealed and replaced by Directive (EU) 2023/977.',
        html:
          '<h2 id="purpose">Purpose</h2><p>Known as the <span class="term" data-term="swedish-initiative">Swedish Initiative</span>, sent to a <span class="term" data-term="spoc">SPOC</span>.</p>' +
          '<h2 id="time-limits">Time limits</h2><p>Eight hours.</p>',
        toc: [
          { depth: 2, text: 'Purpose', anchor: 'purpose' },
          { depth: 2, text: 'Time limits', anchor: 'time-limits' },
        ],
        sections: ['information-exchange'],
        topics: ['information-exchange', 'time-limits'],
        relations: {
          ...noRelations,
          repealedBy: ['info-exchange-directive-2023-977'],
          replacedBy: ['info-exchange-directive-2023-977'],
          related: ['spoc-body'],
        },
        abbreviations: ['Swedish Initiative', 'SFD'],
        type: 'Framework Decision',
        number: '2006/960/JHA',
        celex: '32006F0960',
        eli: 'http://data.europa.eu/eli/dec_framw/2006/960/oj',
        oj: 'OJ L 386, 29.12.2006, p. 89',
        adopted: '2006-12-18',
        entryIntoForce: '2006-12-30',
        status: 'repealed',
        statusNote: 'Repealed and replaced by Directive (EU) 2023/977.',
        standing: { key: 'repealed' },
        legalBasis: 'Articles 30 and 34 TEU',
        keyFacts: {
          data: ['Existing information and intelligence.'],
          channels: ['Any existing channel.'],
          timeLimits: ['Urgent: 8 hours.'],
          access: [],
        },
      },
      {
        ...base,
        kind: 'instrument',
        id: 'info-exchange-directive-2023-977',
        title: 'Directive (EU) 2023/977 on the exchange of information between law enforcement authorities',
        shortName: 'Information Exchange Directive',
        summary: 'In force.',
        html: '<h2 id="purpose">Purpose</h2><p>The main rulebook.</p>',
        toc: [{ depth: 2, text: 'Purpose', anchor: 'purpose' }],
        sections: ['information-exchange'],
        topics: ['information-exchange'],
        relations: {
          ...noRelations,
          repeals: ['swedish-framework-decision-2006-960'],
          replaces: ['swedish-framework-decision-2006-960'],
          establishes: ['spoc-body'],
        },
        abbreviations: ['Directive 2023/977'],
        type: 'Directive',
        number: '(EU) 2023/977',
        celex: '32023L0977',
        oj: 'OJ L 134, 22.5.2023, p. 1',
        adopted: '2023-05-10',
        status: 'in-force',
        statusNote: 'In force since 2023.',
        standing: { key: 'in-force' },
      },
      {
        ...base,
        kind: 'body',
        id: 'spoc-body',
        title: 'Single Point of Contact (SPOC)',
        shortName: 'SPOC',
        summary: 'The national hub for information requests.',
        html: '<h2 id="what">What it is</h2><p>A national hub.</p>',
        sections: ['information-exchange', 'agencies'],
        relations: {
          ...noRelations,
          establishedBy: ['info-exchange-directive-2023-977'],
          related: ['swedish-framework-decision-2006-960'],
        },
        abbreviations: ['SPOC'],
        type: 'Network',
        status: 'in-force',
        standing: { key: 'in-force' },
        keyFacts: { data: [], channels: ['SIENA by default.'], timeLimits: [], access: [] },
      },
      {
        ...base,
        kind: 'task',
        id: 'ask-for-information',
        title: 'Ask another Member State for information',
        shortName: 'Ask another Member State for information',
        summary: 'Channel, reply time and what to send.',
        html: '<p>Use this when police elsewhere hold what you need.</p>',
        keywords: ['request information', 'SIENA'],
        start: 'urgent',
        questions: [
          {
            id: 'urgent',
            text: 'Is the request urgent?',
            help: 'An immediate and serious threat.',
            answers: [
              { label: 'Yes', next: 'direct' },
              { label: 'No', outcome: 'standard' },
            ],
          },
          {
            id: 'direct',
            text: 'Is the information directly accessible?',
            answers: [
              { label: 'Yes', outcome: 'fast' },
              { label: 'No', outcome: 'standard' },
            ],
          },
        ],
        outcomes: [
          {
            id: 'fast',
            title: 'Urgent request to the SPOC',
            channel: 'spoc',
            send: ['Mark it urgent.'],
            timeLimit: 'urgent-direct',
            restsOn: ['info-exchange-directive-2023-977'],
            countryFields: ['bodies.spoc'],
          },
          {
            id: 'standard',
            title: 'Request to the SPOC',
            channel: 'spoc',
            send: ['Use SIENA.'],
            restsOn: ['info-exchange-directive-2023-977'],
            countryFields: [],
          },
        ],
      },
    ],
    terms: [
      {
        id: 'spoc',
        term: 'Single Point of Contact',
        abbreviations: ['SPOC'],
        definition: 'National hub that receives and answers information requests around the clock.',
        seeAlso: ['swedish-initiative'],
        related: ['spoc-body'],
        usedIn: ['overview', 'swedish-framework-decision-2006-960'],
      },
      {
        id: 'swedish-initiative',
        term: 'Swedish Initiative',
        abbreviations: [],
        definition: 'Informal name of Framework Decision 2006/960/JHA.',
        seeAlso: [],
        related: ['swedish-framework-decision-2006-960'],
        usedIn: ['swedish-framework-decision-2006-960'],
      },
      {
        id: 'europol',
        term: 'Europol',
        abbreviations: [],
        expansion: 'European Union Agency for Law Enforcement Cooperation',
        definition: 'EU agency supporting police of the Member States.',
        seeAlso: [],
        related: [],
        usedIn: [],
      },
      {
        id: 'ecris',
        term: 'Élément de test',
        abbreviations: ['EDT'],
        definition: 'A term starting with an accented letter.',
        seeAlso: [],
        related: [],
        usedIn: [],
      },
    ],
    topics: [
      { id: 'information-exchange', title: 'Information exchange' },
      { id: 'time-limits', title: 'Time limits' },
    ],
    timeLimits: [
      {
        id: 'urgent-direct',
        instrument: 'info-exchange-directive-2023-977',
        what: 'Reply to an urgent request for directly accessible information',
        duration: { value: 8, unit: 'hours' },
        starts: 'receipt of the request',
        article: 'Art. 5(1)(a)',
        source: { title: 'Directive (EU) 2023/977', celex: '32023L0977' },
        checked: '2026-12-03',
      },
    ],
  };
}

/** Each fixture document's body file text, by document id. */
function bodyTexts(): Map<string, string> {
  return new Map(
    fixtureSource().documents.map((d): [string, string] => [
      d.id,
      JSON.stringify(documentBodySchema.parse({ format: BUNDLE_FORMAT, id: d.id, html: d.html, toc: d.toc })),
    ]),
  );
}

/** A small catalogue with one of every kind of document and a few terms, checked against the bundle schema. */
export function bundleFixture(): Bundle {
  const texts = bodyTexts();
  const source = fixtureSource();
  return bundleSchema.parse({
    ...source,
    documents: source.documents.map(({ html: _html, toc: _toc, ...doc }) => {
      const text = texts.get(doc.id) ?? '';
      const sha256 = createHash('sha256').update(text).digest('hex');
      return { ...doc, body: { path: documentBodyPath(doc.id), size: Buffer.byteLength(text), sha256 } };
    }),
  });
}

/** The fixture's body files as a server would hold them, by path in the bundle. */
export function fixtureBodyFiles(): Map<string, string> {
  return new Map([...bodyTexts()].map(([id, text]) => [documentBodyPath(id), text]));
}

/** A body source holding every fixture body already, as after each document was opened once. */
export function fixtureBodies(): BodySource {
  const bodies = new Map(
    [...bodyTexts()].map(([id, text]): [string, DocumentBody] => [id, JSON.parse(text) as DocumentBody]),
  );
  return {
    peek: (id) => bodies.get(id),
    load: (doc) => {
      const body = bodies.get(doc.id);
      return Promise.resolve(
        body
          ? { ok: true, body }
          : { ok: false, problem: 'missing', file: doc.body.path, detail: 'not in the fixture' },
      );
    },
  };
}
