import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { glossarySourceSchema, topicsSourceSchema } from '../../content/model/source-schemas';

const CONTENT = join(process.cwd(), 'content');
const glossary = glossarySourceSchema.parse(parse(readFileSync(join(CONTENT, 'glossary.yaml'), 'utf8')));
const topics = topicsSourceSchema.parse(parse(readFileSync(join(CONTENT, 'topics.yaml'), 'utf8')));
const defined = new Set(glossary.flatMap((t) => [t.term, ...t.abbreviations]));

/** Words written with two or more capitals (SIS, eu-LISA, e-CODEX, ProtectEU), the way abbreviations are. */
function abbreviationLike(text: string): string[] {
  const cleaned = text.replace(/\[\[[^\]]*\]\]/g, ' ').replace(/https?:\/\/\S+/g, ' ');
  const found: string[] = [];
  for (const [word] of cleaned.matchAll(/(?<![\p{L}\p{N}])\p{L}[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*/gu)) {
    if (defined.has(word)) continue;
    for (const part of word.split('-')) {
      const singular = part.replace(/s$/, '');
      const capitals = part.match(/\p{Lu}/gu)?.length ?? 0;
      if (capitals < 2 || /\d/.test(part) || /^[IVXLC]+$/.test(part)) continue;
      if (!defined.has(part) && !defined.has(singular) && ![...defined].some((d) => d.includes(`${part}-`) || d.includes(`-${part}`) || d.includes(` ${part}`))) found.push(part);
    }
  }
  return found;
}

describe('glossary coverage', () => {
  it('defines every abbreviation used anywhere in the content', () => {
    const undefinedWords = new Map<string, string>();
    for (const folder of ['pages', 'sections', 'instruments', 'bodies']) {
      for (const name of readdirSync(join(CONTENT, folder))) {
        for (const word of abbreviationLike(readFileSync(join(CONTENT, folder, name), 'utf8'))) undefinedWords.set(word, `${folder}/${name}`);
      }
    }
    for (const term of glossary) for (const word of abbreviationLike(`${term.definition} ${term.expansion ?? ''}`)) undefinedWords.set(word, `glossary.yaml: ${term.id}`);
    for (const topic of topics) for (const word of abbreviationLike(topic.title)) undefinedWords.set(word, `topics.yaml: ${topic.id}`);
    expect(Object.fromEntries(undefinedWords)).toEqual({});
  });
});
