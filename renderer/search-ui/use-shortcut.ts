import { useEffect, useRef } from 'react';

/** True when a key press lands in a field where typed characters belong to the field. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Runs `action` on every key press anywhere in the window that `matches` accepts, and stops the browser's own handling. */
export function useShortcut(matches: (event: KeyboardEvent) => boolean, action: () => void): void {
  const latest = useRef({ matches, action });
  useEffect(() => {
    latest.current = { matches, action };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !latest.current.matches(event)) return;
      event.preventDefault();
      latest.current.action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
