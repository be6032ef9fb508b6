// Breaks a rule on purpose: an import after other statements.
export const first = 1;
import { join } from 'node:path';

/** Stands for code whose imports are hidden below. */
export const joined = join('a', 'b');
