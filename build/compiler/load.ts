import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DOCUMENT_SOURCES, type DocumentKind } from '../../content/model/source-schemas';
import type { Problem } from './problems';
import { parseYaml, type YamlSource } from './yaml-source';

/** A YAML file of the content, parsed. */
export interface LoadedYaml {
  file: string;
  yaml: YamlSource;
}

/** A Markdown document: its front matter parsed, its body as text. */
export interface LoadedMarkdown extends LoadedYaml {
  kind: DocumentKind;
  /** The file name without `.md`, which must equal the id. */
  name: string;
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
}

/** Everything read from a content folder. */
export interface LoadedContent {
  bundle?: LoadedYaml;
  glossary?: LoadedYaml;
  topics?: LoadedYaml;
  /** `time-limits.yaml`, optional: content without structured time limits has none. */
  timeLimits?: LoadedYaml;
  documents: LoadedMarkdown[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Stage 1: reads the bundle metadata, glossary, topics and every Markdown document under `contentDir`. */
export function load(contentDir: string): { content: LoadedContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const display = (path: string) => relative(process.cwd(), path) || path;
  const readYaml = (name: string, optional = false): LoadedYaml | undefined => {
    const path = join(contentDir, name);
    if (!existsSync(path)) {
      if (optional) return undefined;
      problems.push({ file: display(path), line: 1, field: 'file', message: 'is missing' });
      return undefined;
    }
    const parsed = parseYaml(readFileSync(path, 'utf8'), display(path), 1);
    problems.push(...parsed.problems);
    return parsed.source && { file: display(path), yaml: parsed.source };
  };

  const documents: LoadedMarkdown[] = [];
  for (const [kind, { folder }] of Object.entries(DOCUMENT_SOURCES) as [DocumentKind, { folder: string }][]) {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort()) {
      const file = display(join(dir, name));
      const text = readFileSync(join(dir, name), 'utf8');
      const match = FRONT_MATTER.exec(text);
      if (!match) {
        problems.push({ file, line: 1, field: 'front matter', message: 'must start with YAML between --- lines' });
        continue;
      }
      const frontMatter = match[1] ?? '';
      const parsed = parseYaml(frontMatter, file, 2);
      problems.push(...parsed.problems);
      if (!parsed.source) continue;
      documents.push({
        kind,
        file,
        name: name.slice(0, -'.md'.length),
        yaml: parsed.source,
        body: text.slice(match[0].length),
        bodyLine: match[0].split('\n').length,
      });
    }
  }
  return {
    content: {
      bundle: readYaml('bundle.yaml'),
      glossary: readYaml('glossary.yaml'),
      topics: readYaml('topics.yaml'),
      timeLimits: readYaml('time-limits.yaml', true),
      documents,
    },
    problems,
  };
}
