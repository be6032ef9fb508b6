import type { Widen } from '../../common/texts/widen';
import type { texts as english } from './en';

/** The shape every language module has: the keys of `en.ts`, no more and no fewer. */
export type Texts = Widen<typeof english>;
