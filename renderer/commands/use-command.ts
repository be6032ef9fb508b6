import { useEffect, useRef } from 'react';
import type { ShellCommand } from '../../common/contract/ipc-contract';
import { registerCommand } from './command-registry';

/** While the component is mounted, its latest `action` answers the command (from the menus, the context menu or the keys). */
export function useCommand(command: ShellCommand, action: () => void): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => registerCommand(command, () => latest.current()), [command]);
}
