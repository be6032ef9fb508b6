import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TimelineView } from '../../../renderer/timeline/timeline-view';
import { renderWithBundle } from '../render-with-bundle';

describe('TimelineView', () => {
  it('draws each instrument with a linked mark per dated event', () => {
    renderWithBundle(<TimelineView />);
    const rows = within(screen.getByRole('list', { name: 'Instruments on a time axis' })).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    const swedish = within(rows[0] as HTMLElement).getByRole('group', { name: 'Swedish Framework Decision' });
    const marks = within(swedish).getAllByRole('link');
    expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual([
      'Swedish Framework Decision: adopted 18 December 2006',
      'Swedish Framework Decision: entry into force 30 December 2006',
      'Swedish Framework Decision: repealed or ended 10 May 2023',
    ]);
    expect(new Set(marks.map((m) => m.getAttribute('href')))).toEqual(new Set(['#/doc/swedish-framework-decision-2006-960']));
    expect(swedish.querySelectorAll('circle, rect')).toHaveLength(3);
    expect(screen.getByRole('status')).toHaveTextContent('2 instruments');
  });

  it('filters by status and by section', async () => {
    const user = userEvent.setup();
    renderWithBundle(<TimelineView />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Repealed');
    expect(screen.getByRole('status')).toHaveTextContent('1 instrument');
    expect(screen.getByRole('link', { name: 'Swedish Framework Decision' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Section' }), 'Agencies');
    expect(screen.getByText('No instrument matches these filters.')).toBeInTheDocument();
  });
});
