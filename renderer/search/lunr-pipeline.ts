import lunr from 'lunr';
import { foldText } from './fold';

/** Unicode-aware replacement for lunr's ASCII-only trimmer, folding diacritics on the way. */
function foldAndTrim(token: lunr.Token): lunr.Token {
  return token.update((text) => foldText(text).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
}

let registered = false;

/** Registers our pipeline functions with lunr; must run before building or loading an index. */
export function registerPipeline(): void {
  if (registered) return;
  lunr.Pipeline.registerFunction(foldAndTrim, 'polcoopFoldTrim');
  registered = true;
}

/** Sets up a builder's pipelines: fold and trim, then lunr's stemmer (no stop-word filter: legal words matter). */
export function configureBuilder(builder: lunr.Builder): void {
  registerPipeline();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.pipeline.add(foldAndTrim, lunr.stemmer);
  builder.searchPipeline.add(foldAndTrim, lunr.stemmer);
}
