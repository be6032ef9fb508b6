import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TimelineView } from '../../../renderer/timeline/timeline-view';
import { fixtureBundle } from '../fixture-content';
import { renderWithServices } from '../render-with-services';

describe('TimelineView', () => {
  it('draws each instrument with a linked mark per dated event', () => {
    renderWithServices(<TimelineView />);
    const rows = within(screen.getByRole('list', { name: 'Instruments on a time axis' })).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    const swedish = within(rows[0] as HTMLElement).getByRole('group', { name: 'Swedish Framework Decision' });
    const marks = within(swedish).getAllByRole('link');
    expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual([
      'Swedish Framework Decision: adopted 18 December 2006',
      'Swedish Framework Decision: entry into force 30 December 2006',
      'Swedish Framework Decision: repealed or ended 10 May 2023',
    ]);
    expect(new Set(marks.map((m) => m.getAttribute('href')))).toEqual(
      new Set(['#/doc/swedish-framework-decision-2006-960']),
    );
    expect(swedish.querySelectorAll('circle, rect')).toHaveLength(3);
    expect(screen.getByRole('status')).toHaveTextContent('2 instruments');
  });

  it('filters by status and by section', async () => {
    const user = userEvent.setup();
    renderWithServices(<TimelineView />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Repealed');
    expect(screen.getByRole('status')).toHaveTextContent('1 instrument');
    expect(screen.getByRole('link', { name: 'Swedish Framework Decision' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Section' }), 'EU agencies and bodies');
    expect(screen.getByText('No instrument matches these filters.')).toBeInTheDocument();
  });

  it('explains every line style and mark in its legend, with the same classes the rows are drawn with', () => {
    renderWithServices(<TimelineView />);
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(legend).toHaveTextContent('to the content date while it still applies');
    const lines = within(within(legend).getByRole('list', { name: 'Lines' })).getAllByRole('listitem');
    expect(lines.map((li) => [li.textContent, li.className])).toEqual([
      ['In force', 'line-in-force'],
      ['In force, amended', 'line-amended'],
      ['Repealed, annulled or expired', 'line-ended'],
      ['Proposal, not adopted', 'line-proposal'],
      ['Judgment, from the day it was delivered', 'line-delivered'],
    ]);
    expect(lines.every((li) => li.querySelector('line.lifetime'))).toBe(true);
    const marks = within(within(legend).getByRole('list', { name: 'Marks' })).getAllByRole('listitem');
    expect(marks.map((li) => li.textContent)).toEqual([
      'Adopted',
      'Entry into force',
      'Applies from',
      'Repealed or ended',
    ]);
    const rows = within(screen.getByRole('list', { name: 'Instruments on a time axis' })).getAllByRole('listitem');
    expect(rows.map((row) => row.className)).toEqual(['timeline-row line-ended', 'timeline-row line-in-force']);
  });

  it('stops the line of an act that ended on a day the content does not record at its last date, and runs what applies on', () => {
    const bundle = fixtureBundle();
    const expired = bundle.documents.map((d) =>
      d.id === 'swedish-framework-decision-2006-960'
        ? { ...d, status: 'expired' as const, relations: { ...d.relations, repealedBy: [] } }
        : d,
    );
    renderWithServices(<TimelineView />, { bundle: { ...bundle, documents: expired } });
    const [old, current] = within(screen.getByRole('list', { name: 'Instruments on a time axis' })).getAllByRole(
      'listitem',
    ) as HTMLElement[];
    const lineEnd = (row: HTMLElement | undefined) => row?.querySelector('line.lifetime')?.getAttribute('x2');
    const lastMark = old?.querySelectorAll('circle')[1]?.getAttribute('cx');
    expect(lastMark).toMatch(/%$/);
    expect(lineEnd(old)).toBe(lastMark);
    expect(Number.parseFloat(lineEnd(current) ?? '')).toBeGreaterThan(90);
  });
});
