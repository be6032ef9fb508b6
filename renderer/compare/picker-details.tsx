import type { ReactNode } from 'react';
import type { ComparePicks } from './use-compare-picks';

/** A comparison's checklist, folded or open as the picks say, under a summary that names what is chosen. */
export function PickerDetails({
  picks,
  summary,
  children,
}: {
  picks: Pick<ComparePicks, 'pickerOpen' | 'setPickerOpen'>;
  summary: ReactNode;
  children: ReactNode;
}) {
  return (
    <details
      className="picker-details"
      open={picks.pickerOpen}
      onToggle={(e) => picks.setPickerOpen(e.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
