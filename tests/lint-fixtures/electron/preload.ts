// Crosses a boundary on purpose: the sandboxed preload importing a Node module.
import { readFileSync } from 'node:fs';

/** Stands for preload code reading the disk. */
export const preloadReads = readFileSync;
