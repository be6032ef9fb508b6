import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TaskDocument } from '../../../content/model/bundle-schema';
import { TaskView } from '../../../renderer/tasks/task-view';
import { fixtureBundle } from '../fixture-content';
import { renderWithServices } from '../render-with-services';

const task = fixtureBundle().documents.find((d): d is TaskDocument => d.kind === 'task');
if (!task) throw new Error('the bundle fixture has no task');

describe('TaskView', () => {
  it('asks one question at a time, moves focus to the next, and ends at the outcome with its channel, time limit and clock link', async () => {
    const user = userEvent.setup();
    renderWithServices(<TaskView doc={task} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Question 1: Is the request urgent?' })).toBeInTheDocument();
    expect(screen.getByText('An immediate and serious threat.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Question 2: Is the information directly accessible?' }),
    ).toHaveFocus();
    await user.keyboard('{Tab}');
    expect(screen.getByRole('button', { name: 'Yes' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const outcome = screen.getByRole('region', { name: /What to do/ });
    expect(within(outcome).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(outcome).toHaveTextContent('ChannelSingle Point of Contact (SPOC), over SIENA');
    expect(outcome).toHaveTextContent('Time limit8 hours from receipt of the request (Art. 5(1)(a)).');
    expect(within(outcome).getByRole('link', { name: 'Work out the deadline' })).toHaveAttribute(
      'href',
      '#/clock?limit=urgent-direct',
    );
    expect(within(outcome).getByRole('link', { name: 'Information Exchange Directive' })).toBeInTheDocument();
    expect(within(outcome).getByText('bodies.spoc')).toBeInTheDocument();
  });

  it('goes back one question and starts again', async () => {
    const user = userEvent.setup();
    renderWithServices(<TaskView doc={task} />);
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'No' }));
    expect(screen.getByRole('region', { name: /What to do: Request to the SPOC/ })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Your answers' })).getAllByRole('listitem')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Back one question' }));
    expect(screen.getByRole('heading', { level: 2, name: /^Question 2/ })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('heading', { level: 2, name: /^Question 1/ })).toHaveFocus();
    expect(screen.queryByRole('region', { name: 'Your answers' })).toBeNull();
  });
});
