import { readFileSync } from 'node:fs';
import { build, parse } from 'plist';
import { describe, expect, it } from 'vitest';
import { checkPolicyFile } from '../../../electron/policies/policy-file-check';
import { policyNames } from '../../../common/policies/policy-schema';

const KIT = 'docs/admin-kit';
const admx = readFileSync(`${KIT}/windows/polcoop.admx`, 'utf8');
const LANGUAGES = ['en-US', 'fr-FR', 'de-DE'];

describe('the administrators kit', () => {
  it('the sample policies.json passes the check', () => {
    const check = checkPolicyFile('policies.json', readFileSync(`${KIT}/policies.json`));
    expect(check.ok).toBe(true);
  });

  it("the sample configuration profile's payload is a policy document the app accepts", () => {
    const profile = parse(readFileSync(`${KIT}/macos/eu.polcoop.reference.mobileconfig`, 'utf8')) as {
      PayloadContent: Record<string, unknown>[];
    };
    const payload = profile.PayloadContent[0] ?? {};
    expect(payload.PayloadType).toBe('eu.polcoop.reference');
    const check = checkPolicyFile('managed.plist', Buffer.from(build(payload as never)));
    expect(check.ok && check.policy.values).toMatchObject({
      ExternalLinks: 'confirm',
      Language: 'en',
      BannerText: expect.any(String),
    });
  });

  it('the ADMX template holds every policy, by the name the app reads, under the vendor key', () => {
    const valueNames = new Set(
      [
        ...admx.matchAll(/valueName="([^"]+)"/g),
        ...admx.matchAll(/EUPoliceCooperationReference\\([A-Za-z]+)" valuePrefix/g),
      ].map((match) => match[1]),
    );
    expect([...valueNames].sort()).toEqual([...policyNames].sort());
    for (const key of admx.matchAll(/key="([^"]+)"/g))
      expect(key[1]).toMatch(/^Software\\Policies\\PolCoop\\EUPoliceCooperationReference(\\|$)/);
  });

  it.each(LANGUAGES)('the %s ADML has every string and presentation the ADMX refers to, and no other', (language) => {
    const adml = readFileSync(`${KIT}/windows/${language}/polcoop.adml`, 'utf8');
    const refs = (kind: string) =>
      new Set([...admx.matchAll(new RegExp(`\\$\\(${kind}\\.([A-Za-z0-9_]+)\\)`, 'g'))].map((match) => match[1]));
    const ids = (tag: string) =>
      new Set([...adml.matchAll(new RegExp(`<${tag} id="([A-Za-z0-9_]+)"`, 'g'))].map((match) => match[1]));
    expect(ids('string')).toEqual(refs('string'));
    expect(ids('presentation')).toEqual(refs('presentation'));
  });
});
