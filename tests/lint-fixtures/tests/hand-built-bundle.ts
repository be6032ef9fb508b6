import { bundleSchema } from '../../../content/model/bundle-schema';

/** A second, hand-written fixture world: what the rule keeps out of the tests. */
export const handBuilt = bundleSchema.parse({ format: 1, documents: [], terms: [] });
