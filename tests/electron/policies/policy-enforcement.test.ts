import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuActions } from '../../../electron/app-menu';
import { appMenuTemplate } from '../../../electron/app-menu';
import { createFileBookmarkService } from '../../../electron/bookmarks/bookmark-file-store';
import { stagePack } from '../../../electron/content-packs/stage-pack';
import { DEFAULT_ZIP_LIMITS } from '../../../electron/content-packs/zip-limits';
import {
  bookmarksUnderPolicy,
  EXPORT_REFUSED,
  IMPORT_REFUSED,
} from '../../../electron/policies/bookmark-transfer-guard';
import { resolvePolicies } from '../../../electron/policies/effective-policy';
import { jsonPolicyEntries } from '../../../electron/policies/json-policies';
import { packSigningKeys } from '../../../electron/policies/pack-trust';
import { menuUnderPolicy } from '../../../electron/policies/policy-menu';
import { APP_ID } from '../../../electron/policies/policy-sources';
import type { BookmarkHandlers } from '../../../common/bookmarks/bookmark-service';
import { cleanup, samplePack, testKey } from '../content-packs/pack-fixture';

vi.mock('electron', () => ({}));

const dirs: string[] = [];
afterEach(() => cleanup(dirs));

const policyOf = (document: unknown) =>
  resolvePolicies([jsonPolicyEntries(JSON.stringify(document), 'policies.json')], {
    source: 'settings.json',
    values: {},
  });
const actions = (): MenuActions => ({
  print: vi.fn(),
  savePdf: vi.fn(),
  navigate: vi.fn(),
  command: vi.fn(),
  back: vi.fn(),
  forward: vi.fn(),
  importPack: vi.fn(),
  revertPack: vi.fn(),
});
const fileMenu = (menu: MenuActions) => {
  const file = appMenuTemplate('linux', menu, false)[0] as { submenu: { label?: string }[] };
  return file.submenu.map((item) => item.label).filter(Boolean);
};

describe('the menus under policy', () => {
  it('keep everything without a policy', () => {
    expect(fileMenu(menuUnderPolicy(actions(), {}))).toEqual([
      'Print…',
      'Save Page as PDF…',
      'Import Content Pack…',
      'Revert to Previous Content',
      'E&xit',
    ]);
  });

  it('drop printing and PDF under DisablePrintAndPdf, and importing under DisablePackImport (reverting stays)', () => {
    expect(fileMenu(menuUnderPolicy(actions(), { DisablePrintAndPdf: true, DisablePackImport: true }))).toEqual([
      'Revert to Previous Content',
      'E&xit',
    ]);
  });
});

describe('which keys sign content', () => {
  const builtIn = testKey('built-in');
  const organisation = testKey('organisation');
  const base64Of = (pem: string) => pem.replace(/-----[^-]+-----|\s/g, '');

  it("trusts the app's keys and the policy's, or only the policy's when TrustBuiltInPackKeys is false", () => {
    const both = policyOf({ TrustedPackKeys: [base64Of(organisation.publicKeyPem)] });
    expect(packSigningKeys(both, [builtIn.trusted]).map((key) => key.id)).toEqual([builtIn.id, organisation.id]);
    const only = policyOf({ TrustedPackKeys: [base64Of(organisation.publicKeyPem)], TrustBuiltInPackKeys: false });
    expect(packSigningKeys(only, [builtIn.trusted]).map((key) => key.id)).toEqual([organisation.id]);
    expect(packSigningKeys(policyOf({ TrustBuiltInPackKeys: false }), [builtIn.trusted])).toEqual([]);
  });

  it('a pack signed by a policy key verifies, and one signed by the built-in key is refused once the policy stops trusting it', async () => {
    const only = packSigningKeys(
      policyOf({ TrustedPackKeys: [base64Of(organisation.publicKeyPem)], TrustBuiltInPackKeys: false }),
      [builtIn.trusted],
    );
    const work = mkdtempSync(join(tmpdir(), 'polcoop-policy-trust-'));
    dirs.push(work);
    const sample = { version: '2026.12.0', documents: [{ id: 'prum', title: 'Prüm' }] };
    const byOrganisation = await stagePack(readFileSync(samplePack(dirs, organisation, sample)), join(work, 'a'), {
      keys: only,
      limits: DEFAULT_ZIP_LIMITS,
    });
    expect(byOrganisation.ok && byOrganisation.signer.id).toBe(organisation.id);
    const byBuiltIn = await stagePack(readFileSync(samplePack(dirs, builtIn, sample)), join(work, 'b'), {
      keys: only,
      limits: DEFAULT_ZIP_LIMITS,
    });
    expect(byBuiltIn).toEqual({ ok: false, reason: expect.stringMatching(/trusted key/) });
  });
});

describe('bookmark export and import under policy', () => {
  function handlers(): BookmarkHandlers {
    const dir = mkdtempSync(join(tmpdir(), 'polcoop-policy-bookmarks-'));
    dirs.push(dir);
    return createFileBookmarkService(dir);
  }

  it('refuse in the main process whatever the page asks, and leave the other calls alone', async () => {
    const guarded = bookmarksUnderPolicy(handlers(), { DisableBookmarkExport: true, DisableBookmarkImport: true });
    await expect(async () => guarded['bookmarks:export']({ format: 'json' })).rejects.toThrow(EXPORT_REFUSED);
    await expect(async () => guarded['bookmarks:import']({ content: '{}', apply: false })).rejects.toThrow(
      IMPORT_REFUSED,
    );
    await expect(guarded['bookmarks:list'](undefined)).resolves.toMatchObject({ bookmarks: [] });
  });

  it('change nothing without the policies', async () => {
    const open = bookmarksUnderPolicy(handlers(), {});
    await expect(open['bookmarks:export']({ format: 'json' })).resolves.toMatchObject({
      fileName: expect.stringMatching(/\.json$/),
    });
  });
});

it("the managed preferences file is named by electron-builder's appId", () => {
  expect(readFileSync('electron-builder.yml', 'utf8')).toMatch(
    new RegExp(`^appId: ${APP_ID.replace(/\./g, '\\.')}$`, 'm'),
  );
});
