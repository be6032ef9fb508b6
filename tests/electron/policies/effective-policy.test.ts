import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resolvePolicies } from '../../../electron/policies/effective-policy';
import { jsonPolicyEntries } from '../../../electron/policies/json-policies';
import type { SourceEntries } from '../../../electron/policies/policy-entries';
import { userPolicyValues } from '../../../electron/policies/load-policies';
import { packKeyId } from '../../../electron/content-packs/pack-signature';

const KEY1 = 'MCowBQYDK2VwAyEAzzXN8cm6FD7gFAjUBjCdLu2ID5cW/lDHk9m6xKyP16Q=';
const KEY2 = 'MCowBQYDK2VwAyEAMYQsEr8Tg6Lgo9sWCOKYi5VeZbCVNi0T1uQcoPzQ7EY=';
const idOf = (base64: string) => packKeyId(`-----BEGIN PUBLIC KEY-----\n${base64}\n-----END PUBLIC KEY-----\n`);
const noUser = { source: 'settings.json', values: {} };
const file = (name: string, document: unknown): SourceEntries => jsonPolicyEntries(JSON.stringify(document), name);

describe('precedence: enforced > user settings > default > built-in', () => {
  it('takes an enforced value from the highest source that sets one', () => {
    const policy = resolvePolicies(
      [file('high', { BannerText: 'High' }), file('low', { BannerText: 'Low', DisablePackImport: true })],
      noUser,
    );
    expect(policy.values).toEqual({ BannerText: 'High', DisablePackImport: true });
    expect(policy.applied.map(({ name, source }) => [name, source])).toEqual([
      ['DisablePackImport', 'low'],
      ['BannerText', 'high'],
    ]);
  });

  it('an enforced value in a low source beats a default in a high one, and the user setting too', () => {
    const policy = resolvePolicies(
      [file('high', { Defaults: { ExternalLinks: 'allow' } }), file('low', { ExternalLinks: 'block' })],
      { source: 'settings.json', values: { ExternalLinks: 'confirm' } },
    );
    expect(policy.values.ExternalLinks).toBe('block');
    expect(policy.applied).toEqual([
      {
        name: 'ExternalLinks',
        level: 'enforced',
        value: 'block',
        source: 'low',
        field: 'ExternalLinks',
        inEffect: true,
      },
    ]);
  });

  it("the user's own setting beats a default, which the About view still lists, as not in effect", () => {
    const policy = resolvePolicies([file('high', { Defaults: { ExternalLinks: 'allow' } })], {
      source: 'settings.json',
      values: { ExternalLinks: 'block' },
    });
    expect(policy.values.ExternalLinks).toBe('block');
    expect(policy.applied).toEqual([
      {
        name: 'ExternalLinks',
        level: 'default',
        value: 'allow',
        source: 'high',
        field: 'Defaults.ExternalLinks',
        inEffect: false,
      },
    ]);
  });

  it('a default applies where the user set nothing, and nothing set means the built-in behaviour', () => {
    expect(resolvePolicies([file('high', { Defaults: { Language: 'de' } })], noUser).values).toEqual({
      Language: 'de',
    });
    expect(resolvePolicies([], noUser)).toEqual({ values: {}, trustedKeys: [], applied: [], refused: [] });
    expect(
      resolvePolicies([], { source: 'settings.json', values: userPolicyValues({ externalLinks: false }) }).values,
    ).toEqual({ ExternalLinks: 'block' });
  });

  it('a refused value in a high source leaves the next source its say', () => {
    const policy = resolvePolicies(
      [file('high', { LockLanguage: 'yes' }), file('low', { LockLanguage: true })],
      noUser,
    );
    expect(policy.values.LockLanguage).toBe(true);
    expect(policy.refused).toHaveLength(1);
  });
});

describe('trusted keys', () => {
  it('parses PEM and one-line base64 keys, showing them by id', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const policy = resolvePolicies([file('high', { TrustedPackKeys: [KEY1, pem] })], noUser);
    expect(policy.trustedKeys.map((key) => key.id)).toEqual([idOf(KEY1), packKeyId(pem)]);
    expect(policy.values.TrustedPackKeys).toEqual([idOf(KEY1), packKeyId(pem)]);
    expect(policy.applied[0]?.value).toEqual([idOf(KEY1), packKeyId(pem)]);
  });

  it('refuses each key that does not parse and trusts the rest', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .publicKey.export({ type: 'spki', format: 'der' })
      .toString('base64');
    const policy = resolvePolicies([file('high', { TrustedPackKeys: ['not a key', KEY2, 'AAAA', rsa] })], noUser);
    expect(policy.trustedKeys.map((key) => key.id)).toEqual([idOf(KEY2)]);
    expect(policy.refused.map(({ field, reason }) => [field, reason])).toEqual([
      ['TrustedPackKeys[0]', 'key that does not parse: expected a PEM public key or the base64 of its SPKI form'],
      ['TrustedPackKeys[2]', expect.stringMatching(/^key that does not parse: /)],
      ['TrustedPackKeys[3]', 'key that does not parse: an rsa key, expected Ed25519'],
    ]);
  });

  it('with no key that parses, the policy does not apply and a lower source decides', () => {
    const policy = resolvePolicies(
      [file('high', { TrustedPackKeys: ['nope'] }), file('low', { TrustedPackKeys: [KEY1] })],
      noUser,
    );
    expect(policy.trustedKeys.map((key) => key.id)).toEqual([idOf(KEY1)]);
  });
});

describe('every refused case is collected with its reason, and the rest applies', () => {
  it.each([
    [
      'an unknown name',
      { AllowTelemetry: false },
      'AllowTelemetry',
      'unknown name: AllowTelemetry is not a policy of this app',
    ],
    [
      'an unknown name among the defaults',
      { Defaults: { Colour: 'red' } },
      'Defaults.Colour',
      'unknown name: Colour is not a policy of this app',
    ],
    [
      'a boolean given as text',
      { DisablePackImport: 'true' },
      'DisablePackImport',
      'wrong type: Invalid input: expected boolean, received string',
    ],
    [
      'a list given as text',
      { TrustedPackKeys: KEY1 },
      'TrustedPackKeys',
      'wrong type: Invalid input: expected array, received string',
    ],
    [
      'a list item of the wrong type',
      { TrustedPackKeys: [KEY1, 7] },
      'TrustedPackKeys',
      'wrong type (item 1): Invalid input: expected string, received number',
    ],
    [
      'a value outside its choices',
      { ExternalLinks: 'sometimes' },
      'ExternalLinks',
      expect.stringMatching(/^invalid value: Invalid option: expected one of "allow"\|"confirm"\|"block"/),
    ],
    [
      'a language the app does not have',
      { Language: 'es' },
      'Language',
      expect.stringMatching(/^invalid value: Invalid option/),
    ],
    [
      'a relative folder',
      { LocalContentDirectory: 'local' },
      'LocalContentDirectory',
      'invalid value: expected an absolute folder path (/…, C:\\… or \\\\server\\share)',
    ],
    [
      'an empty folder',
      { MachinePackDirectory: '' },
      'MachinePackDirectory',
      expect.stringMatching(/^invalid value: /),
    ],
    ['a banner of two lines', { BannerText: 'one\ntwo' }, 'BannerText', 'invalid value: expected one line of text'],
    [
      'a banner too long',
      { BannerText: 'x'.repeat(201) },
      'BannerText',
      expect.stringMatching(/^invalid value: Too big/),
    ],
    [
      'a Defaults that is no dictionary',
      { Defaults: ['Language'] },
      'Defaults',
      'wrong type: expected a dictionary of policy names',
    ],
  ])('%s', (_case, document, field, reason) => {
    const policy = resolvePolicies([file('admin.json', { ...document, LockLanguage: true })], noUser);
    expect(policy.refused).toEqual([{ source: 'admin.json', field, reason }]);
    expect(policy.values).toEqual({ LockLanguage: true });
  });

  it('a file that does not parse is refused whole, and the other sources still apply', () => {
    const policy = resolvePolicies(
      [jsonPolicyEntries('{"DisablePackImport": tru}', 'broken.json'), file('good.json', { DisablePackImport: false })],
      noUser,
    );
    expect(policy.refused).toEqual([
      { source: 'broken.json', field: '(file)', reason: expect.stringMatching(/^not valid JSON: line 1: /) },
    ]);
    expect(policy.values).toEqual({ DisablePackImport: false });
  });
});
