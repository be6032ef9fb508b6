import { statSync } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { PAPER_SIZES, type Paper } from '../../renderer/briefing/briefing-request';
import { defineCommand, readCommandLine, usageProblem, printRefusal } from '../cli/command-line';
import { checkSite } from '../web-edition/site-check';
import { bundleDocumentIds } from './bundle-ids';
import { startBriefingRenderer } from './briefing-renderer';

const BRIEFING = defineCommand({
  script: 'briefing',
  usage: 'npm run -s briefing -- --ids ID,ID,... --title T --out FILE.pdf [--subtitle S] [--paper a4|letter]',
  summary:
    'Compiles pages of the built content into one briefing pack PDF: cover, contents with page numbers, each page on a new sheet with its identifiers and status, running header and footer, outline and glossary annex. Renders the same print view as the app in Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and writes the file whole or not at all.',
  options: {
    ids: { type: 'string', required: true, value: 'ID,ID,...', help: 'the document ids, in pack order' },
    title: { type: 'string', required: true, value: 'T', help: 'the title on the cover and atop every sheet' },
    out: { type: 'string', required: true, value: 'FILE', help: 'where to write the PDF' },
    subtitle: { type: 'string', value: 'S', help: 'a line under the title on the cover' },
    paper: { type: 'string', default: 'a4', value: 'a4|letter', help: 'the paper size' },
  },
  check: (values) => {
    if (!PAPER_SIZES.some((paper) => paper === values.paper))
      return `--paper must be a4 or letter, not ${JSON.stringify(values.paper)}`;
    if (values.ids.split(',').every((id) => id.trim() === '')) return '--ids lists no pages';
    if (values.title.trim() === '') return '--title is empty';
    return undefined;
  },
});

/** Why the PDF cannot be written at `out`, or undefined when its folder takes a new file. */
async function unwritable(out: string): Promise<string | undefined> {
  try {
    if (statSync(out, { throwIfNoEntry: false })?.isDirectory()) return `--out ${out} is a folder`;
    await access(dirname(out), constants.W_OK);
    return undefined;
  } catch {
    return `--out ${out}: its folder does not exist or cannot be written`;
  }
}

async function main(): Promise<number> {
  const line = readCommandLine(BRIEFING);
  if (!line.ok) return line.exitCode;
  const { values } = line;
  const refuse = (problem: string) => {
    printRefusal(usageProblem(BRIEFING, problem));
    return 2;
  };
  const ids = [
    ...new Set(
      values.ids
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  const out = resolve(values.out);
  const problem = await unwritable(out);
  if (problem) return refuse(problem);
  const roots = { rendererDir: join('dist', 'renderer'), bundleDir: join('dist', 'bundle') };
  const site = await checkSite(roots);
  if (!site.ok) {
    console.error(`briefing: ${site.message}`);
    return 1;
  }
  const known = await bundleDocumentIds(roots.bundleDir);
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) return refuse(`not in the content: ${unknown.join(', ')}`);
  const renderer = await startBriefingRenderer(roots);
  try {
    const { pdf, pages } = await renderer.render({
      ids,
      title: values.title,
      paper: values.paper as Paper,
      ...(values.subtitle ? { subtitle: values.subtitle } : {}),
    });
    await writeFileAtomic(out, Buffer.from(pdf), { fsync: true });
    console.log(
      `briefing: wrote ${out}: ${ids.length} pages of content, starting on sheets ${pages.slice(0, ids.length).join(', ')}`,
    );
    return 0;
  } finally {
    await renderer.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`briefing: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
