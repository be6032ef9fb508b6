import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DocumentView } from '../../../renderer/views/document-view';
import { renderWithServices } from '../render-with-services';

describe('term tooltips in a document body', () => {
  beforeEach(() => {
    window.location.hash = '';
  });

  it('shows the definition when a term gets keyboard focus, and Enter opens the term', async () => {
    const user = userEvent.setup();
    renderWithServices(<DocumentView id="swedish-framework-decision-2006-960" />);
    const term = screen.getByRole('link', { name: 'Swedish Initiative' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    while (document.activeElement !== term) await user.tab();
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('Informal name of Framework Decision 2006/960/JHA.');
    expect(term).toHaveAccessibleDescription(/Informal name/);
    expect(screen.getByRole('link', { name: 'Open “Swedish Initiative” in the glossary' })).toHaveAttribute(
      'href',
      '#/term/swedish-initiative',
    );
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/term/swedish-initiative');
  });

  it('moves the tooltip to the next term on Tab and hides it on Escape', async () => {
    const user = userEvent.setup();
    renderWithServices(<DocumentView id="swedish-framework-decision-2006-960" />);
    const first = screen.getByRole('link', { name: 'Swedish Initiative' });
    while (document.activeElement !== first) await user.tab();
    await user.tab();
    expect(document.activeElement).toHaveTextContent('SPOC');
    expect(screen.getByRole('tooltip')).toHaveTextContent('National hub that receives');
    expect(first).not.toHaveAttribute('aria-describedby');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows the definition on hover and keeps it while the pointer is on the tooltip', async () => {
    renderWithServices(<DocumentView id="overview" />);
    const term = screen.getByText('SPOC');
    fireEvent.mouseOver(term);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('Single Point of Contact');
    fireEvent.mouseOut(term);
    fireEvent.mouseEnter(tooltip);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    fireEvent.mouseLeave(tooltip);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('leaves terms missing from the glossary unfocusable and silent', () => {
    const { container } = renderWithServices(<DocumentView id="overview" />);
    const body = container.querySelector('.document-body');
    if (!body) throw new Error('no body');
    body.insertAdjacentHTML('beforeend', '<p><span class="term" data-term="nowhere">Nowhere</span></p>');
    fireEvent.mouseOver(screen.getByText('Nowhere'));
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(screen.getByText('Nowhere')).not.toHaveAttribute('tabindex');
  });
});
