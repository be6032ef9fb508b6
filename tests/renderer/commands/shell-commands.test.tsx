import { fireEvent } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildEvents } from '../../../common/contract/ipc-api';
import type { ShellCommand } from '../../../common/contract/ipc-contract';
import { useCommand } from '../../../renderer/commands/use-command';
import { useShellCommands } from '../../../renderer/commands/use-shell-commands';
import { renderWithServices } from '../render-with-services';

/** A stand-in for the preload's event transport: what the shell sends reaches the listeners the page subscribed. */
function fakeShellEvents() {
  const listeners = new Set<(payload: unknown) => void>();
  const events = buildEvents((_event, listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  });
  return {
    events,
    send: (payload: unknown) => listeners.forEach((listener) => listener(payload)),
    subscribed: () => listeners.size,
  };
}

function Host({
  actions,
  onUnanswered,
}: {
  actions: Partial<Record<ShellCommand, () => void>>;
  onUnanswered?: (command: ShellCommand) => void;
}) {
  useShellCommands(onUnanswered);
  return (
    <>
      {Object.entries(actions).map(([command, action]) => (
        <Answer key={command} command={command as ShellCommand} action={action} />
      ))}
    </>
  );
}

function Answer({ command, action }: { command: ShellCommand; action: () => void }) {
  useCommand(command, action);
  return null;
}

describe('the menu commands in the page', () => {
  it('carries out a shell:command event from the menus, and ignores a malformed one', () => {
    const shell = fakeShellEvents();
    const focus = vi.fn();
    const show = vi.fn();
    renderWithServices(<Host actions={{ 'focus-search': focus, 'show-bookmarks': show }} />, { events: shell.events });
    shell.send({ command: 'focus-search' });
    shell.send({ command: 'show-bookmarks' });
    shell.send({ command: 'format-disk' });
    expect(focus).toHaveBeenCalledTimes(1);
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('answers the same keys in the page once, and marks them handled so the shell does not fire its accelerator too', () => {
    const shell = fakeShellEvents();
    const bookmark = vi.fn();
    renderWithServices(<Host actions={{ 'bookmark-this': bookmark }} />, { events: shell.events });
    const handled = fireEvent.keyDown(window, { key: 'd', code: 'KeyD', ctrlKey: true });
    expect(bookmark).toHaveBeenCalledTimes(1);
    expect(handled).toBe(false);
  });

  it('tells the page when a menu command finds nothing to answer it, and not when something does', () => {
    const shell = fakeShellEvents();
    const unanswered = vi.fn();
    const focus = vi.fn();
    renderWithServices(<Host actions={{ 'focus-search': focus }} onUnanswered={unanswered} />, {
      events: shell.events,
    });
    shell.send({ command: 'bookmark-this' });
    shell.send({ command: 'focus-search' });
    expect(unanswered.mock.calls).toEqual([['bookmark-this']]);
    expect(focus).toHaveBeenCalledTimes(1);
    // A key nothing answers stays the browser's or the menu's: the page says nothing about it.
    fireEvent.keyDown(window, { key: 'd', code: 'KeyD', ctrlKey: true });
    expect(unanswered).toHaveBeenCalledTimes(1);
  });

  it('leaves a key alone when nothing on the page answers its command, for the menu or the browser', () => {
    renderWithServices(<Host actions={{}} />);
    expect(fireEvent.keyDown(window, { key: 'd', code: 'KeyD', ctrlKey: true })).toBe(true);
  });

  it('lets the latest mounted view answer, and unsubscribes when unmounted', () => {
    const shell = fakeShellEvents();
    const first = vi.fn();
    const second = vi.fn();
    const { unmount } = renderWithServices(
      <>
        <Host actions={{ 'bookmark-this': first }} />
        <Answer command="bookmark-this" action={second} />
      </>,
      { events: shell.events },
    );
    expect(shell.subscribed()).toBe(1);
    shell.send({ command: 'bookmark-this' });
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
    unmount();
    expect(shell.subscribed()).toBe(0);
  });
});
