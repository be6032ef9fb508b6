import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packBundle } from '../../build/packs/make-pack';
import { generatePackKeyPair } from '../../build/packs/pack-keys';
import { writeSampleBundle } from '../../build/packs/sample-bundle';
import { createPackHandlers } from '../../electron/content-packs/pack-handlers';
import { createPackService } from '../../electron/content-packs/pack-service';
import { DEFAULT_ZIP_LIMITS } from '../../electron/content-packs/zip-limits';
import { axeViolations } from './axe';
import { RESULTS_DIR, startHarness, type Harness } from './harness';

const DIST_BUNDLE = join(process.cwd(), 'dist', 'bundle');

/** Installs the built content as a pack over an older sample of it, so What's new has real documents to link. */
async function installedPackHandlers(work: string) {
  const { documents } = JSON.parse(readFileSync(join(DIST_BUNDLE, 'bundle.json'), 'utf8')) as {
    documents: Array<{ id: string; title: string; kind: string }>;
  };
  const older = join(work, 'older');
  writeSampleBundle(older, {
    version: '2026.10.0',
    documents: [
      ...documents.slice(3).map((document) => ({ ...document })),
      { id: 'swedish-initiative-2006', title: 'Swedish Initiative (Framework Decision 2006/960/JHA)' },
    ],
  });
  const key = generatePackKeyPair();
  const file = join(work, 'content.polcoop');
  writeFileSync(file, packBundle(DIST_BUNDLE, key.privateKeyPem, '0.0.0'));
  const service = createPackService({
    root: join(work, 'content-packs'),
    keys: [{ id: key.id, label: 'e2e', publicKeyPem: key.publicKeyPem }],
    limits: DEFAULT_ZIP_LIMITS,
    bundleId: 'eu-police-cooperation',
    appVersion: '0.1.0',
    served: () => ({ bundleDir: older, version: '2026.10.0', contentDate: '2026-10-01', source: 'built-in' }),
    builtInBundleDir: older,
    notices: [],
  });
  const preview = await service.preview(file);
  if (preview.outcome !== 'ready') throw new Error(JSON.stringify(preview));
  await service.install(preview.preview.token, false);
  return { handlers: createPackHandlers(service), added: documents.slice(0, 3) };
}

describe("What's new in Chromium", () => {
  let harness: Harness;
  let work: string;
  let added: Array<{ id: string; title: string }>;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'polcoop-whats-new-e2e-'));
    const installed = await installedPackHandlers(work);
    added = installed.added;
    harness = await startHarness();
    // The harness wires no content packs (it has no shell); these calls reach the real pack handlers instead.
    await harness.page.exposeBinding('__packsInvoke', async (_source, channel: string) => {
      const handler = installed.handlers[channel as keyof typeof installed.handlers] as (
        input: undefined,
      ) => Promise<unknown>;
      return { ok: true, value: await handler(undefined) };
    });
    await harness.page.addInitScript({
      content:
        "for (const m of ['whatsNew', 'status']) window.polcoop.packs[m] = () => window.__packsInvoke('packs:' + m);",
    });
  });
  afterAll(async () => {
    await harness?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('lists the documents added, changed and removed, and an added one opens from its link', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/whats-new`);
    const addedList = page.getByRole('region', { name: 'Added (3)' });
    await addedList.waitFor();
    expect(await page.getByRole('region', { name: 'Removed (1)' }).textContent()).toContain('Swedish Initiative');
    const first = added.map((document) => document.title).sort((a, b) => a.localeCompare(b))[0] ?? '';
    await addedList.getByRole('link', { name: first }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/doc\//);
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toContain(first.slice(0, 20));
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows the page tidily in the ${theme} theme, without axe-core violations`, async () => {
      const { page, origin } = harness;
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${origin}/index.html#/whats-new`);
      await page.getByRole('region', { name: 'Added (3)' }).waitFor();
      await page.screenshot({ path: join(RESULTS_DIR, `whats-new-${theme}-1280x800.png`), fullPage: false });
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
