import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { destinationPages, openPdf, outlineEntries, pageTexts } from '../../build/briefing/pdf-reading';
import { RESULTS_DIR } from './harness';

const IDS = ['info-exchange-directive-2023-977', 'prum-decision-2008-615', 'swedish-framework-decision-2006-960'];
const CELEX = ['32023L0977', '32008D0615', '32006F0960'];

function briefing(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'build/briefing/briefing-cli.ts', ...args],
      { encoding: 'utf8', timeout: 400_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

const bundle = JSON.parse(readFileSync('dist/bundle/bundle.json', 'utf8')) as {
  contentDate: string;
  documents: { id: string; title: string }[];
};
const titleOf = (id: string) => bundle.documents.find((doc) => doc.id === id)?.title;
const contentDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
}).format(new Date(`${bundle.contentDate}T00:00:00Z`));

describe('npm run briefing, in Chromium', () => {
  let folder = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'polcoop-briefing-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes a pack whose contents page numbers are the sheets where the items start, with an outline of one entry per item', async () => {
    const out = join(folder, 'pack.pdf');
    const result = await briefing('--ids', IDS.join(','), '--title', 'Test pack', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = await openPdf(new Uint8Array(readFileSync(out)));
    const texts = await pageTexts(pdf);
    const all = texts.join('\n');
    for (const celex of CELEX) expect(all).toContain(celex);
    expect(texts[0]).toContain('Test pack');
    const version = (JSON.parse(readFileSync('dist/bundle/manifest.json', 'utf8')) as { version: string }).version;
    expect(texts[0]).toContain(`Content ${version} of ${contentDate}`);

    // The contents sheet: its numbers, read from the printed text, in order.
    const contentsSheet = texts.findIndex((text) => text.includes('Contents'));
    expect(contentsSheet).toBe(1);
    const page = await pdf.getPage(contentsSheet + 1);
    const width = page.getViewport({ scale: 1 }).width;
    const numbers = (await page.getTextContent()).items
      .flatMap((item) => ('str' in item && /^\d+$/.test(item.str) && item.transform[4] > width * 0.7 ? [item] : []))
      .sort((a, b) => b.transform[5] - a.transform[5])
      .map((item) => Number(item.str));
    // Three items and the glossary annex.
    expect(numbers).toHaveLength(4);

    // Where the items really start, from the outline Chromium built out of the headings.
    const outline = await outlineEntries(pdf);
    expect(outline.map((entry) => entry.title)).toEqual(IDS.map(titleOf));
    expect(outline.map((entry) => entry.page)).toEqual(numbers.slice(0, 3));
    // And from the contents' own link targets, the glossary annex included.
    expect(await destinationPages(pdf, [...IDS.map((id) => `pack-${id}`), 'pack-glossary'])).toEqual(numbers);

    // Each item starts on its sheet with its identifiers and status; the repealed one says so.
    IDS.forEach((_id, index) => {
      const sheet = texts[(numbers[index] ?? 0) - 1] ?? '';
      expect(sheet).toContain(`CELEX ${CELEX[index]}`);
      expect(sheet).toContain('Status as of');
    });
    expect(texts[(numbers[2] ?? 0) - 1]).toMatch(/Status ?: Repealed/);
    expect(texts[(numbers[3] ?? 0) - 1]).toContain('Glossary of terms used');
    // Running header and footer on every sheet after the cover.
    texts.slice(1).forEach((text, index) => {
      expect(text).toContain('Test pack');
      expect(text).toContain(`Page ${index + 2} of ${pdf.numPages}`);
      expect(text).toContain(`content of ${contentDate}`);
    });
    // External addresses are printed as text.
    expect(all).toContain('( https://data.europa.eu/eli/dec/2008/615/oj )');

    // Cover, contents and the first body sheet as pictures, to be looked at.
    if (existsSync('/usr/bin/pdftoppm')) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      for (const [name, sheet] of [
        ['cover', 1],
        ['contents', 2],
        ['body', numbers[0] ?? 3],
        ['repealed', numbers[2] ?? 3],
        ['glossary', numbers[3] ?? 3],
      ] as const) {
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '80',
          '-f',
          String(sheet),
          '-l',
          String(sheet),
          '-singlefile',
          out,
          join(RESULTS_DIR, `briefing-${name}`),
        ]);
      }
    }
    await pdf.destroy();
  }, 420_000);

  it('lays the pack out on Letter paper when asked', async () => {
    const out = join(folder, 'letter.pdf');
    const result = await briefing('--ids', IDS[0] ?? '', '--title', 'Letter pack', '--out', out, '--paper', 'letter');
    expect(result.code).toBe(0);
    const pdf = await openPdf(new Uint8Array(readFileSync(out)));
    const { width, height } = (await pdf.getPage(1)).getViewport({ scale: 1 });
    // 8.5 x 11 inches, in points.
    expect([Math.round(width), Math.round(height)]).toEqual([612, 792]);
    await pdf.destroy();
  }, 420_000);

  describe.concurrent('refuses with one line and exit status 2, leaving no file', () => {
    it.each([
      ['an unknown id', ['--ids', `${IDS[0]},no-such-page`], /not in the content: no-such-page/],
      ['an empty list', ['--ids', ' , '], /--ids lists no pages/],
      ['a bad paper size', ['--ids', IDS[0] ?? '', '--paper', 'a5'], /--paper must be a4 or letter/],
    ])(
      '%s',
      async (_name, args, message) => {
        const dir = mkdtempSync(join(folder, 'refused-'));
        const result = await briefing(...args, '--title', 'T', '--out', join(dir, 'p.pdf'));
        expect(result.code).toBe(2);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).toMatch(message);
        expect(readdirSync(dir)).toEqual([]);
      },
      180_000,
    );

    it('an unwritable path', async () => {
      const result = await briefing('--ids', IDS[0] ?? '', '--title', 'T', '--out', join(folder, 'missing', 'p.pdf'));
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/its folder does not exist or cannot be written/);
      expect(existsSync(join(folder, 'missing'))).toBe(false);
    }, 180_000);

    it('a folder as the output', async () => {
      const result = await briefing('--ids', IDS[0] ?? '', '--title', 'T', '--out', folder);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/is a folder/);
    }, 180_000);
  });
});
