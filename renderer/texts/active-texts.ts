import type { UiLanguage } from '../../content/model/languages';
import { texts as english } from './en';
import type { Texts } from './texts-shape';

type Tree = Record<string, unknown>;

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;

function copyTree<T>(value: T): T {
  if (!isTree(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, copyTree(child)])) as T;
}

/** Writes `source` into `target` in place, object by object, so references to inner objects see the new words. */
function overwrite(target: Tree, source: Tree): void {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (isTree(value) && isTree(current)) overwrite(current, value);
    else target[key] = value;
  }
}

/**
 * The texts of the active language. Views read them at render time; activating a language rewrites this
 * tree in place, so a view that keeps a branch at module level (`const t = texts.search`) shows the new words too.
 */
export const texts: Texts = copyTree(english);

/** Each language's module; the ones not active are separate chunks, fetched only when chosen. */
const modules: Record<UiLanguage, () => Promise<Texts>> = {
  en: () => Promise.resolve(english),
  fr: () => import('./fr').then((m) => m.texts),
  de: () => import('./de').then((m) => m.texts),
};

/** Loads a language's texts and makes them the active ones; rejects (leaving the texts as they were) if its chunk cannot load. */
export async function activateTexts(language: UiLanguage): Promise<void> {
  const next = await modules[language]();
  overwrite(texts as unknown as Tree, next as unknown as Tree);
}
