import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { texts } from '../texts/active-texts';

/** The narrowest and widest sidebar, in pixels. */
const SIDEBAR_LIMITS = { min: 180, max: 560, step: 16 } as const;

/** Clamps a width to the sidebar's limits. */
export function clampSidebarWidth(width: number): number {
  return Math.round(Math.min(SIDEBAR_LIMITS.max, Math.max(SIDEBAR_LIMITS.min, width)));
}

/** The sidebar's edge: drag it, or focus it and use the arrow keys, to change the sidebar's width. */
export function SidebarResizer({ width, onResize }: { width: number; onResize: (width: number) => void }) {
  const start = useRef<{ x: number; width: number } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    start.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent) => {
    if (start.current) onResize(clampSidebarWidth(start.current.width + event.clientX - start.current.x));
  };
  const onPointerUp = () => {
    start.current = null;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const delta = { ArrowLeft: -SIDEBAR_LIMITS.step, ArrowRight: SIDEBAR_LIMITS.step }[event.key];
    if (event.key === 'Home') onResize(SIDEBAR_LIMITS.min);
    else if (event.key === 'End') onResize(SIDEBAR_LIMITS.max);
    else if (delta) onResize(clampSidebarWidth(width + delta));
    else return;
    event.preventDefault();
  };
  return (
    <div
      className="sidebar-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={texts.sidebar.resize}
      aria-valuenow={width}
      aria-valuemin={SIDEBAR_LIMITS.min}
      aria-valuemax={SIDEBAR_LIMITS.max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
