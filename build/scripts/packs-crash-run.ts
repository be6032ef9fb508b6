import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decideContent } from '../../electron/content-decision';
import { packsRoot } from '../../electron/content-packs/pack-store';
import { packBundle } from '../packs/make-pack';
import { generatePackKeyPair } from '../packs/pack-keys';
import { writeSampleBundle } from '../packs/sample-bundle';
import { bundleCrashChild, runUntilKilled } from './crash-harness';

/** What the start-up logic served after each kill, counted; `failures` lists every start that did not get a complete, verified bundle. */
export interface PacksCrashOutcome {
  kills: number;
  served: Record<string, number>;
  failures: string[];
}

/**
 * Installs packs in a child process and SIGKILLs it at random points; after each kill, runs the start-up logic
 * (the shell's decideContent) and checks it yields a complete, verified bundle.
 */
export async function runPacksCrashTest(iterations: number, maxDelayMs: number): Promise<PacksCrashOutcome> {
  const work = mkdtempSync(join(tmpdir(), 'polcoop-packs-crash-'));
  try {
    const childScript = join(work, 'packs-crash-child.cjs');
    await bundleCrashChild(join(import.meta.dirname, 'packs-crash-child.ts'), childScript);
    const key = generatePackKeyPair();
    const keyFile = join(work, 'trusted.pub.pem');
    writeFileSync(keyFile, key.publicKeyPem);
    const builtIn = join(work, 'built-in');
    writeSampleBundle(builtIn, { version: '2026.1.0', documents: [{ id: 'prum', title: 'Prüm' }] });
    const packs = ['2026.2.0', '2026.3.0', '2026.4.0'].map((version, index) => {
      const dir = join(work, `bundle-${version}`);
      // About a megabyte per pack, so an install takes long enough for kills to land in every phase of it.
      writeSampleBundle(dir, {
        version,
        documents: [
          { id: 'prum', title: `Prüm ${version}` },
          { id: `doc-${index}`, title: `Document ${index}` },
        ],
        padding: 1_000_000,
      });
      const file = join(work, `${version}.polcoop`);
      writeFileSync(file, packBundle(dir, key.privateKeyPem, '0.1.0'));
      return file;
    });
    const userData = join(work, 'user-data');
    const root = packsRoot(userData);
    mkdirSync(root, { recursive: true });
    const trusted = [{ id: 'crash-test', label: 'crash test', publicKeyPem: key.publicKeyPem }];
    const outcome: PacksCrashOutcome = { kills: 0, served: {}, failures: [] };
    while (outcome.kills < iterations) {
      await runUntilKilled(childScript, [root, builtIn, keyFile, ...packs], maxDelayMs);
      outcome.kills += 1;
      const decision = await decideContent({ userData, builtInBundleDir: builtIn, keys: trusted, appVersion: '0.1.0' });
      const label = !decision.ok
        ? 'nothing'
        : decision.served.source === 'built-in'
          ? 'built-in'
          : `pack ${decision.served.manifest.manifest.version}`;
      outcome.served[label] = (outcome.served[label] ?? 0) + 1;
      if (!decision.ok) outcome.failures.push(`kill ${outcome.kills}: no verified bundle at all`);
      for (const notice of decision.notices) outcome.failures.push(`kill ${outcome.kills}: ${notice}`);
    }
    return outcome;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
