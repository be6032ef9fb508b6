import type { KeyFacts } from '../../../content/model/bundle-schema';
import type { KeyFactsSource } from '../../../content/model/source-schemas';

/** Source key facts -> bundle key facts (camel-cased). */
export function keyFactsFields(facts: KeyFactsSource | undefined): KeyFacts | undefined {
  return facts && { data: facts.data, channels: facts.channels, timeLimits: facts.time_limits, access: facts.access };
}
