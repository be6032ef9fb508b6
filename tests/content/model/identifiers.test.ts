import { describe, expect, it } from 'vitest';
import { celexSchema, ecliSchema, eliSchema, isoDateSchema, ojSchema } from '../../../content/model/identifiers';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: string) => schema.safeParse(value).success;

describe('identifier patterns', () => {
  it('accepts CELEX numbers of acts, agreements, judgments and Commission documents', () => {
    for (const celex of ['32016L0681', '42000A0922(02)', '62019CJ0817', '52012DC0735', '52025PC0148', '32006F0960', '12016E/PRO/22', '12016M/TXT']) expect(ok(celexSchema, celex), celex).toBe(true);
    for (const bad of ['2016/681', '3201L0681', '32016l0681', '32016L681', '32016L0681(2)', '12016E/PRO/', '32016L/PRO/22']) expect(ok(celexSchema, bad), bad).toBe(false);
  });

  it('accepts ELIs of published acts, including numbered variants', () => {
    for (const eli of ['http://data.europa.eu/eli/dir/2016/681/oj', 'http://data.europa.eu/eli/dec_framw/2006/960/oj', 'http://data.europa.eu/eli/dec/2007/125(1)/oj', 'http://data.europa.eu/eli/convention/2000/922/oj']) {
      expect(ok(eliSchema, eli), eli).toBe(true);
    }
    for (const bad of ['https://data.europa.eu/eli/dir/2016/681/oj', 'http://data.europa.eu/eli/dir/2016/681', 'eli/dir/2016/681/oj']) expect(ok(eliSchema, bad), bad).toBe(false);
  });

  it('accepts Official Journal references in both citation styles', () => {
    for (const oj of ['OJ L 119, 4.5.2016, p. 132-149', 'OJ L, 2024/982, 5.4.2024', 'OJ L 239, 22.9.2000, p. 19']) expect(ok(ojSchema, oj), oj).toBe(true);
    for (const bad of ['L 119, 4.5.2016', 'OJ 119 2016', 'OJ L 119']) expect(ok(ojSchema, bad), bad).toBe(false);
  });

  it('accepts ECLIs and real calendar dates only', () => {
    expect(ok(ecliSchema, 'ECLI:EU:C:2014:238')).toBe(true);
    expect(ok(ecliSchema, 'ECLI:NL:HR:2014:238')).toBe(false);
    expect(ok(isoDateSchema, '2024-02-29')).toBe(true);
    expect(ok(isoDateSchema, '2023-02-29')).toBe(false);
    expect(ok(isoDateSchema, '29.2.2024')).toBe(false);
  });
});
