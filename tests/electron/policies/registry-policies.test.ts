import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegQueryOutput } from '../../../electron/policies/registry-output';
import { POLICY_HIVES, registryPolicyEntries } from '../../../electron/policies/registry-policies';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/policies', name), 'utf8');
const [HKLM, HKCU] = POLICY_HIVES;
const KEY1 = 'MCowBQYDK2VwAyEAzzXN8cm6FD7gFAjUBjCdLu2ID5cW/lDHk9m6xKyP16Q=';

describe('reg query output', () => {
  it('reads keys and their values, CRLF line ends and all, keeping spaces inside a value', () => {
    const keys = parseRegQueryOutput(fixture('reg-query-hklm.txt'));
    expect(keys.map((key) => key.path.split('\\').slice(5).join('\\'))).toEqual([
      '',
      'Defaults',
      'Defaults\\TrustedPackKeys',
      'Legacy',
      'TrustedPackKeys',
    ]);
    expect(keys[0]?.values[0]).toEqual({ name: 'DisablePackImport', type: 'REG_DWORD', data: '0x1' });
    expect(keys[0]?.values[2]?.data).toBe('RESTREINT UE/EU RESTRICTED – à traiter selon les règles nationales');
  });

  it('reads an empty value and ignores lines that belong to no key', () => {
    const keys = parseRegQueryOutput(
      '    Stray    REG_SZ    x\r\n\r\nHKEY_CURRENT_USER\\Software\\X\r\n    Empty    REG_SZ    \r\n    Other    REG_SZ\r\nEnd of search: 2 match(es) found.\r\n',
    );
    expect(keys).toEqual([
      {
        path: 'HKEY_CURRENT_USER\\Software\\X',
        values: [
          { name: 'Empty', type: 'REG_SZ', data: '' },
          { name: 'Other', type: 'REG_SZ', data: '' },
        ],
      },
    ]);
  });
});

describe('registry policies', () => {
  const hklm = registryPolicyEntries(parseRegQueryOutput(fixture('reg-query-hklm.txt')), HKLM);

  it('turns values on the key into enforced policies, REG_DWORD 0/1 into booleans, case-insensitively', () => {
    expect(hklm.source).toBe('HKLM\\SOFTWARE\\Policies\\PolCoop\\EUPoliceCooperationReference');
    expect(hklm.entries.filter((entry) => entry.level === 'enforced').map(({ name, value }) => [name, value])).toEqual([
      ['DisablePackImport', true],
      ['ExternalLinks', 'block'],
      ['BannerText', 'RESTREINT UE/EU RESTRICTED – à traiter selon les règles nationales'],
      ['AllowTelemetry', '0x0'],
      ['TrustedPackKeys', [KEY1, 'not-a-key', expect.stringMatching(/^MIGf/)]],
    ]);
  });

  it('reads the Defaults subkey as defaults, and a list subkey there too', () => {
    expect(
      hklm.entries.filter((entry) => entry.level === 'default').map(({ name, value, field }) => [name, value, field]),
    ).toEqual([
      ['Language', 'fr', 'Defaults\\Language'],
      ['LocalContentDirectory', '\\\\fileserver\\polcoop\\local', 'Defaults\\LocalContentDirectory'],
      ['TrustedPackKeys', [], 'Defaults\\TrustedPackKeys'],
    ]);
  });

  it('refuses a boolean stored as text, a DWORD other than 0 or 1, and a subkey that is not a policy', () => {
    expect(hklm.refused).toEqual([
      { source: hklm.source, field: 'DisablePrintAndPdf', reason: 'wrong type: expected REG_DWORD 0 or 1, got REG_SZ' },
      { source: hklm.source, field: 'disablebookmarkimport', reason: 'wrong type: expected REG_DWORD 0 or 1, got 0x2' },
      { source: hklm.source, field: 'Legacy', reason: 'unknown name: this subkey is not a policy' },
    ]);
  });

  it('reads a list from REG_MULTI_SZ, and ignores keys of the other hive', () => {
    const text = fixture('reg-query-hkcu.txt');
    const hkcu = registryPolicyEntries(parseRegQueryOutput(text), HKCU);
    expect(hkcu.entries.find((entry) => entry.name === 'TrustedPackKeys')?.value).toEqual([
      'MCowBQYDK2VwAyEAMYQsEr8Tg6Lgo9sWCOKYi5VeZbCVNi0T1uQcoPzQ7EY=',
      KEY1,
    ]);
    expect(hkcu.entries.find((entry) => entry.name === 'TrustBuiltInPackKeys')?.value).toBe(false);
    expect(registryPolicyEntries(parseRegQueryOutput(text), HKLM).entries).toEqual([]);
  });

  it('refuses a list of the wrong registry type, and a list subkey holding other than strings', () => {
    const root = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\PolCoop\\EUPoliceCooperationReference';
    const text = `\r\n${root}\r\n    TrustedPackKeys    REG_SZ    ${KEY1}\r\n    Language    REG_DWORD    0x1\r\n\r\n${root}\\Defaults\\TrustedPackKeys\r\n    1    REG_DWORD    0x1\r\n`;
    expect(
      registryPolicyEntries(parseRegQueryOutput(text), HKLM).refused.map((refusal) => [refusal.field, refusal.reason]),
    ).toEqual([
      ['TrustedPackKeys', 'wrong type: expected REG_MULTI_SZ or a subkey of numbered REG_SZ values, got REG_SZ'],
      ['Language', 'wrong type: expected REG_SZ, got REG_DWORD'],
      ['Defaults\\TrustedPackKeys\\1', 'wrong type: expected REG_SZ, got REG_DWORD'],
    ]);
  });
});
