import type { ShellCommand } from '../../common/contract/ipc-contract';

type Action = () => void;

// The most recently mounted view's action answers; unmounting one hands the command back to the one before.
const actions = new Map<ShellCommand, Action[]>();

/** Makes `action` answer a command until the returned function is called. */
export function registerCommand(command: ShellCommand, action: Action): () => void {
  const stack = actions.get(command) ?? [];
  actions.set(command, [...stack, action]);
  return () =>
    actions.set(
      command,
      (actions.get(command) ?? []).filter((registered) => registered !== action),
    );
}

/** Carries out a command, from a menu or a key; false when nothing on the page answers it (no bookmarkable page). */
export function runCommand(command: ShellCommand): boolean {
  const action = actions.get(command)?.at(-1);
  action?.();
  return action !== undefined;
}
