// Breaks a rule on purpose: a promise nobody awaits or marks with `void`.

/** Stands for a save whose failure would vanish. */
export function saveAndForget(save: () => Promise<void>): void {
  save();
}
