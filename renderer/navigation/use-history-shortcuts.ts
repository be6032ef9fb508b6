import { useEffect } from 'react';

// Mouse buttons 3 and 4 are the side "back" and "forward" buttons.
const BACK_BUTTON = 3;
const FORWARD_BUTTON = 4;

/** Alt+Left/Right and the mouse's back/forward buttons move through the reader's history. */
export function useHistoryShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key === 'ArrowLeft') window.history.back();
      else if (event.key === 'ArrowRight') window.history.forward();
      else return;
      event.preventDefault();
    };
    const onMouse = (event: MouseEvent) => {
      if (event.button === BACK_BUTTON) window.history.back();
      else if (event.button === FORWARD_BUTTON) window.history.forward();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mouseup', onMouse);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mouseup', onMouse);
    };
  }, []);
}
