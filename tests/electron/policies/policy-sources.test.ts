import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonPolicyEntries } from '../../../electron/policies/json-policies';
import { plistPolicyEntries } from '../../../electron/policies/plist-policies';
import { readPolicySources, type PolicyEnvironment } from '../../../electron/policies/policy-sources';

const FIXTURES = join(__dirname, '../../fixtures/policies');
const KEY1 = 'MCowBQYDK2VwAyEAzzXN8cm6FD7gFAjUBjCdLu2ID5cW/lDHk9m6xKyP16Q=';

/** An environment over the fixture folders: `/etc/polcoop` is the Linux fixture, the resources folder its own. */
function environment(platform: NodeJS.Platform, overrides: Partial<PolicyEnvironment> = {}): PolicyEnvironment {
  const real = (path: string) =>
    path
      .replace('/etc/polcoop', join(FIXTURES, 'linux'))
      .replace('/Library/Managed Preferences', join(FIXTURES, 'mac'));
  return {
    platform,
    resourcesDir: join(FIXTURES, 'resources'),
    appId: 'eu.polcoop.reference',
    env: {},
    readFile: async (path) => readFile(real(path)).catch(() => null),
    listDir: async (path) => readdir(real(path)).catch(() => null),
    regQuery: async (key) =>
      readFileSync(join(FIXTURES, key.startsWith('HKLM') ? 'reg-query-hklm.txt' : 'reg-query-hkcu.txt'), 'utf8'),
    ...overrides,
  };
}

const summary = (entries: { name: string; level: string; value: unknown }[]) =>
  entries.map(({ name, level, value }) => `${level} ${name}=${JSON.stringify(value)}`);

describe('JSON policy files', () => {
  it('reads top-level names as enforced and the Defaults section as defaults', () => {
    const file = jsonPolicyEntries('{"DisablePackImport": true, "Defaults": {"Language": "de"}}', 'p.json');
    expect(file).toEqual({
      source: 'p.json',
      entries: [
        { name: 'DisablePackImport', level: 'enforced', value: true, field: 'DisablePackImport' },
        { name: 'Language', level: 'default', value: 'de', field: 'Defaults.Language' },
      ],
      refused: [],
    });
  });

  it('refuses a file that does not parse, naming the line, and a document that is not an object', () => {
    expect(jsonPolicyEntries('{\n  "DisablePackImport": true,\n  oops\n}', 'p.json').refused).toEqual([
      { source: 'p.json', field: '(file)', reason: expect.stringMatching(/^not valid JSON: .*line 3/) },
    ]);
    expect(jsonPolicyEntries('["DisablePackImport"]', 'p.json').refused[0]?.reason).toBe(
      'wrong type: expected a dictionary of policy names at the top',
    );
  });

  it('reads a file written with a byte order mark', () => {
    expect(jsonPolicyEntries('\uFEFF{"LockLanguage": true}', 'p.json').entries).toHaveLength(1);
  });
});

describe('macOS managed preferences', () => {
  it('reads the binary plist macOS writes and the XML of a profile alike', () => {
    const binary = plistPolicyEntries(readFileSync(join(FIXTURES, 'mac/eu.polcoop.reference.plist')), 'managed.plist');
    const xml = plistPolicyEntries(readFileSync(join(FIXTURES, 'mac/profile-payload.plist')), 'managed.plist');
    expect(summary(binary.entries)).toEqual(summary(xml.entries));
    expect(summary(binary.entries)).toEqual(
      expect.arrayContaining([
        'enforced DisableBookmarkImport=true',
        'enforced ExternalLinks="confirm"',
        `enforced TrustedPackKeys=["${KEY1}"]`,
        'default Language="de"',
        'default DisablePrintAndPdf=false',
      ]),
    );
  });

  it('refuses a plist that does not parse', () => {
    const broken = plistPolicyEntries(readFileSync(join(FIXTURES, 'mac/broken.plist')), 'managed.plist');
    expect(broken.entries).toEqual([]);
    expect(broken.refused).toEqual([
      { source: 'managed.plist', field: '(file)', reason: expect.stringMatching(/^not a valid property list: /) },
    ]);
  });
});

describe('the sources of each platform, highest first', () => {
  it('Linux: policies.d in reverse name order, then policies.json, then the file beside the resources', async () => {
    const sources = await readPolicySources(environment('linux'));
    expect(sources.map((source) => source.source.replace(FIXTURES, ''))).toEqual([
      '/etc/polcoop/policies.d/30-broken.json',
      '/etc/polcoop/policies.d/20-banner.json',
      '/etc/polcoop/policies.d/10-keys.json',
      '/etc/polcoop/policies.json',
      '/resources/policies.json',
    ]);
    expect(sources[0]?.refused[0]?.reason).toMatch(/^not valid JSON: .*line 3/);
  });

  it('Linux: the environment variable moves the folder', async () => {
    const sources = await readPolicySources(
      environment('linux', { env: { POLCOOP_POLICY_DIR: '/elsewhere' }, resourcesDir: null }),
    );
    expect(sources).toEqual([{ source: '/elsewhere/policies.json', entries: [], refused: [] }]);
  });

  it('macOS: the managed preferences file named by the app id', async () => {
    const sources = await readPolicySources(environment('darwin', { resourcesDir: null }));
    expect(sources.map((source) => source.source)).toEqual(['/Library/Managed Preferences/eu.polcoop.reference.plist']);
    expect(sources[0]?.entries.length).toBeGreaterThan(5);
  });

  it('Windows: HKLM, then HKCU, then the file beside the resources; an absent key is no policy', async () => {
    const asked: string[] = [];
    const sources = await readPolicySources(
      environment('win32', {
        regQuery: async (key) => {
          asked.push(key);
          return key.startsWith('HKCU') ? null : readFileSync(join(FIXTURES, 'reg-query-hklm.txt'), 'utf8');
        },
      }),
    );
    expect(asked).toEqual([
      'HKLM\\SOFTWARE\\Policies\\PolCoop\\EUPoliceCooperationReference',
      'HKCU\\SOFTWARE\\Policies\\PolCoop\\EUPoliceCooperationReference',
    ]);
    expect(sources.map((source) => source.entries.length)).toEqual([8, 0, 2]);
  });

  it('never throws: a source that cannot be read is refused with the reason', async () => {
    const failing = environment('win32', {
      regQuery: async () => {
        throw new Error('reg query failed: access denied');
      },
      readFile: async () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    });
    const sources = await readPolicySources(failing);
    expect(sources.flatMap((source) => source.refused.map((refusal) => refusal.reason))).toEqual([
      'could not be read: reg query failed: access denied',
      'could not be read: reg query failed: access denied',
      'could not be read: EACCES: permission denied',
    ]);
    const linux = await readPolicySources(
      environment('linux', {
        listDir: async () => {
          throw new Error('EACCES: permission denied');
        },
        resourcesDir: null,
      }),
    );
    expect(
      linux.map((source) => [source.source.replace(FIXTURES, ''), source.refused.map((refusal) => refusal.reason)]),
    ).toEqual([
      ['/etc/polcoop/policies.d', ['could not be read: EACCES: permission denied']],
      ['/etc/polcoop/policies.json', []],
    ]);
  });
});
