import lunr from 'lunr';
import { indexTerms } from './text-analysis';

/**
 * Sets up a builder so that it analyses text exactly as the query side does: our Unicode tokenizer folds
 * diacritics, drops stop words and stems, so lunr's ASCII-only trimmer and its stop-word list never run.
 * A field given as an array holds terms analysed already (bodies, filtered by the corpus stop list).
 */
export function configureBuilder(builder: lunr.Builder): void {
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  // Kept only so that a caller of index.search() gets stemmed terms; our engine stems terms itself.
  builder.searchPipeline.add(lunr.stemmer);
  builder.tokenizer = Object.assign(
    (obj?: unknown) =>
      (Array.isArray(obj) ? obj.map(String) : indexTerms(obj == null ? '' : String(obj))).map(
        (t) => new lunr.Token(t, {}),
      ),
    { separator: lunr.tokenizer.separator },
  );
}
