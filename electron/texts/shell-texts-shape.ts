import type { Widen } from '../../common/texts/widen';
import type { shellTexts as english } from './en';

/** The shape of every shell language module: the keys of `en.ts`, no more and no fewer. */
export type ShellTexts = Widen<typeof english>;
