import { useEffect, useRef } from 'react';
import type { ShellCommand } from '../../common/contract/ipc-contract';
import { useShellEvents } from '../api/api-context';
import { commandForKey } from './command-keys';
import { runCommand } from './command-registry';

/**
 * Carries out the menus' commands: those the shell sends as `shell:command`, and the same keys pressed in the page,
 * which is all there is where no menu exists (web edition, browser tests). A key the page answers is marked handled
 * (preventDefault); Electron then does not fire the menu accelerator for it, so a command never runs twice. A key
 * nothing answers (Ctrl+D off a bookmarkable page) is left alone for the menu or the browser; a menu command nothing
 * answers goes to `onUnanswered`.
 */
export function useShellCommands(onUnanswered: (command: ShellCommand) => void = () => undefined): void {
  const events = useShellEvents();
  const unanswered = useRef(onUnanswered);
  useEffect(() => {
    unanswered.current = onUnanswered;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = commandForKey(event);
      if (command !== undefined && runCommand(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    // A menu item chosen where nothing answers it must not seem to do nothing: the caller says why.
    const unsubscribe = events?.on('shell:command', ({ command }) => {
      if (!runCommand(command)) unanswered.current(command);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe?.();
    };
  }, [events]);
}
