import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutput } from '../../../build/compiler/check-output';
import { buildContent, compileContent } from '../../../build/compiler/compile';
import { link } from '../../../build/compiler/link';
import { load } from '../../../build/compiler/load';
import { passagesOf } from '../../../build/compiler/passages';
import { ContentProblems } from '../../../build/compiler/problems';
import { render } from '../../../build/compiler/render';
import { validate } from '../../../build/compiler/validate';
import { bundleSchema, manifestSchema, type Document } from '../../../content/model/bundle-schema';
import { documentBodySchema } from '../../../content/model/document-body-schema';
import { searchIndexFileSchema, searchPassagesFileSchema } from '../../../content/model/search-index-schema';
import { fixtureCopy, VALID_CONTENT } from './content-fixture';

function stagesUpToLink() {
  const { content } = load(VALID_CONTENT);
  const { valid } = validate(content);
  if (!valid) throw new Error('fixture should validate');
  const { rendered } = render(valid.documents);
  const { linked, trees } = link(valid, rendered);
  if (!linked || !trees) throw new Error('fixture should link');
  return { content, valid, rendered, linked, trees };
}

/** The HTML of a linked document's body file. */
function htmlOf(linked: { bodies: { body: { id: string; html: string } }[] }, id: string): string {
  const found = linked.bodies.find((b) => b.body.id === id);
  if (!found) throw new Error(`no body for ${id}`);
  return found.body.html;
}

function doc(documents: Document[], id: string): Document {
  const found = documents.find((d) => d.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('load', () => {
  it('reads every Markdown document with its kind, front matter and body line', () => {
    const { content, problems } = load(VALID_CONTENT);
    expect(problems).toEqual([]);
    expect(content.documents.map((d) => `${d.kind}:${d.name}`).sort()).toEqual([
      'country:denmark',
      'country:germany',
      'instrument:info-exchange-directive-2023-977',
      'instrument:swedish-framework-decision-2006-960',
      'page:overview',
      'section:information-exchange',
    ]);
    const overview = content.documents.find((d) => d.name === 'overview');
    expect(overview?.bodyLine).toBe(9);
    expect(overview?.body.startsWith('Policing stays')).toBe(true);
  });

  it('reports a Markdown file without front matter', () => {
    const dir = fixtureCopy({ 'pages/loose.md': () => '# Just text\n' });
    expect(load(dir).problems).toContainEqual(expect.objectContaining({ field: 'front matter', line: 1 }));
    rmSync(dir, { recursive: true });
  });
});

describe('render', () => {
  it('gives headings anchors and lists them as contents', () => {
    const { rendered } = stagesUpToLink();
    const directive = rendered.find((r) => r.doc.data.id === 'info-exchange-directive-2023-977');
    expect(directive?.toc).toEqual([
      { depth: 2, text: 'Channels and time limits', anchor: 'channels-and-time-limits' },
      { depth: 3, text: 'Refusals', anchor: 'refusals' },
    ]);
  });

  it('renders GFM tables and drops raw HTML from the output', () => {
    const dir = fixtureCopy({
      'pages/overview.md': (t) => `${t}\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<b onclick="x()">bold</b>\n`,
    });
    const { content } = load(dir);
    const { valid } = validate(content);
    const { rendered, problems } = render(valid?.documents ?? []);
    const overview = rendered.find((r) => r.doc.data.id === 'overview');
    expect(JSON.stringify(overview?.hast)).toContain('"tagName":"table"');
    expect(JSON.stringify(overview?.hast)).not.toContain('onclick');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.message).toMatch(/^script or event handler in raw HTML is not allowed/);
    rmSync(dir, { recursive: true });
  });
});

describe('link', () => {
  it('makes relations reciprocal', () => {
    const { linked } = stagesUpToLink();
    expect(doc(linked.documents, 'swedish-framework-decision-2006-960').relations.repealedBy).toEqual([
      'info-exchange-directive-2023-977',
    ]);
    expect(doc(linked.documents, 'info-exchange-directive-2023-977').relations.repeals).toEqual([
      'swedish-framework-decision-2006-960',
    ]);
    expect(doc(linked.documents, 'info-exchange-directive-2023-977').relations.related).toEqual(['overview']);
  });

  it('resolves [[links]] to hash routes, labelled with the short name unless given', () => {
    const { linked } = stagesUpToLink();
    const html = htmlOf(linked, 'overview');
    expect(html).toContain(
      '<a href="#/doc/info-exchange-directive-2023-977" class="doc-link">Information Exchange Directive</a>',
    );
    expect(html).toContain('<a href="#/doc/swedish-framework-decision-2006-960" class="doc-link">the old rules</a>');
  });

  it('marks only the first mention of each glossary term, never inside links or headings', () => {
    const { linked } = stagesUpToLink();
    const html = htmlOf(linked, 'info-exchange-directive-2023-977');
    expect(html.match(/data-term="secure-information-exchange-network-application"/g)).toHaveLength(1);
    expect(html.match(/data-term="single-point-of-contact"/g)).toHaveLength(1);
    expect(linked.terms.find((t) => t.id === 'single-point-of-contact')?.usedIn).toEqual([
      'info-exchange-directive-2023-977',
      'overview',
    ]);
  });

  it('lists the members of a section', () => {
    const { linked } = stagesUpToLink();
    const section = doc(linked.documents, 'information-exchange');
    expect(section.kind === 'section' && section.members).toEqual([
      'info-exchange-directive-2023-977',
      'swedish-framework-decision-2006-960',
    ]);
  });
});

describe('passages', () => {
  it('splits a linked document at h2/h3 into passages with heading paths', () => {
    const { rendered } = stagesUpToLink();
    const directive = rendered.find((r) => r.doc.data.id === 'info-exchange-directive-2023-977');
    const passages = passagesOf(directive?.hast ?? { type: 'root', children: [] });
    expect(passages.map((p) => [p.anchor, p.headingPath])).toEqual([
      ['', []],
      ['channels-and-time-limits', ['Channels and time limits']],
      ['refusals', ['Channels and time limits', 'Refusals']],
    ]);
    expect(passages[2]?.text).toBe('A request may be refused only on listed grounds.');
  });

  it('holds link labels, not [[link]] syntax', () => {
    const { trees } = stagesUpToLink();
    const overview = trees.find((t) => t.id === 'overview');
    const text = passagesOf(overview?.tree ?? { type: 'root', children: [] })
      .map((p) => p.text)
      .join(' ');
    expect(text).toContain('See Information Exchange Directive and the old rules.');
    expect(text).not.toContain('[[');
  });

  it('leaves the rendered trees as render made them: linking returns new trees', () => {
    const { rendered } = stagesUpToLink();
    const overview = rendered.find((r) => r.doc.data.id === 'overview');
    const text = passagesOf(overview?.hast ?? { type: 'root', children: [] })
      .map((p) => p.text)
      .join(' ');
    expect(text).toContain('[[');
  });
});

describe('index and write', () => {
  it('checks what it writes against the reader schemas, naming the file and field of a compiler slip', () => {
    const { files } = compileContent(VALID_CONTENT);
    const bundle = bundleSchema.parse(JSON.parse(files.get('bundle.json') ?? ''));
    const search = {
      index: searchIndexFileSchema.parse(JSON.parse(files.get('search-index.json') ?? '')),
      passages: searchPassagesFileSchema.parse(JSON.parse(files.get('search-passages.json') ?? '')),
    };
    const { linked } = stagesUpToLink();
    const bodies = linked.bodies;
    expect(() => checkOutput({ bundle, bodies, search, languages: [] })).not.toThrow();
    const slipped = {
      ...bundle,
      documents: bundle.documents.map((d, i) => (i === 0 ? { ...d, title: 42 } : d)),
    } as unknown as typeof bundle;
    expect(() => checkOutput({ bundle: slipped, bodies, search, languages: [] })).toThrow(
      /invalid bundle\.json: documents\.0\.title/,
    );
    const noTexts = { ...search, passages: { ...search.passages, texts: [1] } } as unknown as typeof search;
    expect(() => checkOutput({ bundle, bodies, search: noTexts, languages: [] })).toThrow(
      /invalid search-passages\.json: texts\.0/,
    );
  });

  it('writes each document body into its own file, listed in the manifest with the hash the catalogue names', () => {
    const { files } = compileContent(VALID_CONTENT);
    const bundle = bundleSchema.parse(JSON.parse(files.get('bundle.json') ?? ''));
    const manifest = manifestSchema.parse(JSON.parse(files.get('manifest.json') ?? ''));
    expect(bundle.format).toBe(2);
    expect(files.get('bundle.json')).not.toContain('"html"');
    for (const document of bundle.documents) {
      const text = files.get(document.body.path) ?? '';
      expect(document.body.path).toBe(`documents/${document.id}.json`);
      const body = documentBodySchema.parse(JSON.parse(text));
      expect(body.id).toBe(document.id);
      expect(createHash('sha256').update(text).digest('hex')).toBe(document.body.sha256);
      expect(manifest.files).toContainEqual({
        path: document.body.path,
        size: document.body.size,
        sha256: document.body.sha256,
      });
    }
    const overview = JSON.parse(files.get('documents/overview.json') ?? '') as { html: string; toc: unknown[] };
    expect(overview.html).toContain('<a href="#/doc/info-exchange-directive-2023-977" class="doc-link">');
  });

  it('refuses a body file that is not a body, naming the file', () => {
    const { linked } = stagesUpToLink();
    const { files } = compileContent(VALID_CONTENT);
    const bundle = bundleSchema.parse(JSON.parse(files.get('bundle.json') ?? ''));
    const search = {
      index: searchIndexFileSchema.parse(JSON.parse(files.get('search-index.json') ?? '')),
      passages: searchPassagesFileSchema.parse(JSON.parse(files.get('search-passages.json') ?? '')),
    };
    const [first, ...rest] = linked.bodies;
    if (!first) throw new Error('fixture has documents');
    const slipped = [{ ...first, body: { ...first.body, toc: 'none' } as unknown as typeof first.body }, ...rest];
    expect(() => checkOutput({ bundle, bodies: slipped, search, languages: [] })).toThrow(
      new RegExp(`invalid ${first.file.path.replace('.', '\\.')}: toc`),
    );
  });

  it('carries every topic of topics.yaml with its title into the bundle', () => {
    const { files } = compileContent(VALID_CONTENT);
    const bundle = bundleSchema.parse(JSON.parse(files.get('bundle.json') ?? ''));
    expect(bundle.topics).toEqual([
      { id: 'information-exchange', title: 'Information exchange' },
      { id: 'time-limits', title: 'Time limits' },
    ]);
    expect(doc(bundle.documents, 'info-exchange-directive-2023-977').topics).toEqual(['information-exchange']);
  });

  it('builds passage records for documents and terms, and a loadable index', () => {
    const { files } = compileContent(VALID_CONTENT);
    const index = searchIndexFileSchema.parse(JSON.parse(files.get('search-index.json') ?? ''));
    expect(index.passages.filter((p) => p.doc === 'info-exchange-directive-2023-977')).toHaveLength(3);
    expect(index.passages.some((p) => p.doc === 'single-point-of-contact')).toBe(true);
    expect(index.synonyms).toContainEqual(['spoc', 'single point of contact']);
    expect(index.docs.find((d) => d.id === 'swedish-framework-decision-2006-960')).toMatchObject({
      status: 'repealed',
      celex: '32006F0960',
      year: 2006,
    });
  });

  it("keeps passage texts out of the index, in their own file at the passages' positions", () => {
    const { files } = compileContent(VALID_CONTENT);
    const indexText = files.get('search-index.json') ?? '';
    const index = searchIndexFileSchema.parse(JSON.parse(indexText));
    const { texts } = searchPassagesFileSchema.parse(JSON.parse(files.get('search-passages.json') ?? ''));
    expect(texts).toHaveLength(index.passages.length);
    const term = index.passages.findIndex((p) => p.doc === 'single-point-of-contact');
    expect(texts[term]).toBe(
      'The national unit that receives and answers requests for information from other Member States.',
    );
    const longest = texts.reduce((a, b) => (b.length > a.length ? b : a), '');
    expect(longest.length).toBeGreaterThan(100);
    expect(indexText).not.toContain(longest);
  });

  it('produces byte-identical output when built twice', () => {
    const a = mkdtempSync(join(tmpdir(), 'polcoop-a-'));
    const b = mkdtempSync(join(tmpdir(), 'polcoop-b-'));
    buildContent(VALID_CONTENT, join(a, 'bundle'));
    buildContent(VALID_CONTENT, join(b, 'bundle'));
    const names = readdirSync(join(a, 'bundle'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(names).toEqual([
      'bundle.json',
      'documents/denmark.json',
      'documents/germany.json',
      'documents/info-exchange-directive-2023-977.json',
      'documents/information-exchange.json',
      'documents/overview.json',
      'documents/swedish-framework-decision-2006-960.json',
      'language-fr.json',
      'manifest.json',
      'search-index.json',
      'search-passages.json',
    ]);
    for (const name of names)
      expect(readFileSync(join(a, 'bundle', name))).toEqual(readFileSync(join(b, 'bundle', name)));
    rmSync(a, { recursive: true });
    rmSync(b, { recursive: true });
  });

  it('writes a manifest whose hashes and sizes match the files', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'polcoop-m-')), 'bundle');
    buildContent(VALID_CONTENT, out);
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
    expect(manifest.bundleId).toBe('fixture-bundle');
    expect(manifest.files.map((f) => f.path)).toEqual([
      'bundle.json',
      'documents/overview.json',
      'documents/information-exchange.json',
      'documents/info-exchange-directive-2023-977.json',
      'documents/swedish-framework-decision-2006-960.json',
      'documents/denmark.json',
      'documents/germany.json',
      'search-index.json',
      'search-passages.json',
      'language-fr.json',
    ]);
    for (const file of manifest.files) {
      const bytes = readFileSync(join(out, file.path));
      expect(bytes.length).toBe(file.size);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    }
    expect(() => bundleSchema.parse(JSON.parse(readFileSync(join(out, 'bundle.json'), 'utf8')))).not.toThrow();
  });

  it('writes nothing when the content has problems, leaving an earlier bundle intact', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'polcoop-w-')), 'bundle');
    mkdirSync(out);
    writeFileSync(join(out, 'bundle.json'), 'earlier');
    const dir = fixtureCopy({ 'pages/overview.md': (t) => t.replace('title:', 'titel:') });
    expect(() => buildContent(dir, out)).toThrow(ContentProblems);
    expect(readFileSync(join(out, 'bundle.json'), 'utf8')).toBe('earlier');
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    rmSync(dir, { recursive: true });
  });
});
