import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LanguageFile } from '../../content/model/language-file-schema';
import { languageSourceSchema, type LanguageSource } from '../../content/model/language-source-schema';
import { LANGUAGE_FILE_FORMAT, TRANSLATED_LANGUAGES } from '../../content/model/languages';
import type { Problem } from './problems';
import type { ValidContent } from './validate';
import { issuesToProblems } from './validate';
import { parseYaml, type YamlSource } from './yaml-source';

/** The folder of language files inside the content folder. */
const LANGUAGES_FOLDER = 'languages';

/** Ids of the English content that a language file may name, by the part of the file that names them. */
type KnownIds = Record<'instruments' | 'bodies' | 'terms' | 'countries', ReadonlySet<string>>;

/** What each part of a language file names, for messages. */
const PART_NAMES: Record<keyof KnownIds, string> = {
  instruments: 'instrument',
  bodies: 'body',
  terms: 'glossary term',
  countries: 'country',
};

/** The ids a language file may name: instruments, bodies and terms of the validated content, and the country files. */
export function knownIds(contentDir: string, valid: ValidContent): KnownIds {
  const ofKind = (kind: string) => new Set(valid.documents.filter((d) => d.kind === kind).map((d) => d.data.id));
  // Countries are not compiled yet (issue 18): their ids are the file names of content/countries/.
  const countryDir = join(contentDir, 'countries');
  const countries = existsSync(countryDir)
    ? readdirSync(countryDir)
        .filter((n) => n.endsWith('.md'))
        .map((n) => n.slice(0, -3))
    : [];
  return {
    instruments: ofKind('instrument'),
    bodies: ofKind('body'),
    terms: new Set(valid.terms.map((t) => t.data.id)),
    countries: new Set(countries),
  };
}

function checkIds(source: LanguageSource, known: KnownIds, file: string, yaml: YamlSource): Problem[] {
  return (Object.keys(PART_NAMES) as (keyof KnownIds)[]).flatMap((part) =>
    Object.keys(source[part])
      .filter((id) => !known[part].has(id))
      .map((id) => ({
        file,
        line: yaml.lineOf([part, id]),
        field: `${part}.${id}`,
        message: `names no ${PART_NAMES[part]} of the English content`,
      })),
  );
}

function compiled(source: LanguageSource): LanguageFile {
  return { format: LANGUAGE_FILE_FORMAT, ...source };
}

/**
 * Stage 2b: reads `content/languages/<language>.yaml`, checks each against its schema and every id against the
 * English content (an unknown id is an error, never skipped), and returns the compiled language files.
 */
export function compileLanguages(
  contentDir: string,
  known: KnownIds,
): { languages: LanguageFile[]; problems: Problem[] } {
  const dir = join(contentDir, LANGUAGES_FOLDER);
  if (!existsSync(dir)) return { languages: [], problems: [] };
  const display = (path: string) => relative(process.cwd(), path) || path;
  const problems: Problem[] = [];
  const languages: LanguageFile[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const file = display(join(dir, name));
    const language = name.slice(0, -'.yaml'.length);
    if (!(TRANSLATED_LANGUAGES as readonly string[]).includes(language)) {
      problems.push({
        file,
        line: 1,
        field: 'file',
        message: `is not a language file: names are ${TRANSLATED_LANGUAGES.map((l) => `${l}.yaml`).join(', ')}`,
      });
      continue;
    }
    const parsed = parseYaml(readFileSync(join(dir, name), 'utf8'), file, 1);
    problems.push(...parsed.problems);
    if (!parsed.source) continue;
    const yaml = parsed.source;
    const result = languageSourceSchema.safeParse(yaml.data ?? {});
    if (!result.success) {
      problems.push(...issuesToProblems(result.error, yaml.data, file, yaml.lineOf));
      continue;
    }
    if (result.data.language !== language) {
      problems.push({
        file,
        line: yaml.lineOf(['language']),
        field: 'language',
        message: `"${result.data.language}" must equal the file name "${language}"`,
      });
    }
    problems.push(...checkIds(result.data, known, file, yaml));
    languages.push(compiled(result.data));
  }
  return { languages, problems };
}
