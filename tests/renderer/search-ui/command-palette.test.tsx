import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CommandPalette } from '../../../renderer/search-ui/command-palette';
import { renderWithServices } from '../render-with-services';

describe('CommandPalette', () => {
  beforeEach(() => {
    window.location.hash = '';
  });

  it('opens with Ctrl+K, jumps to an instrument by abbreviation with Enter and gives focus back', async () => {
    const user = userEvent.setup();
    renderWithServices(
      <>
        <button type="button">Before</button>
        <CommandPalette />
      </>,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.keyboard('{Control>}k{/Control}');
    const dialog = screen.getByRole('dialog', { name: 'Go to a page, term or command' });
    const field = screen.getByRole('combobox', { name: 'Page, term or command' });
    expect(field).toHaveFocus();
    expect(dialog).toBeInTheDocument();
    await user.keyboard('SFD');
    const [first] = screen.getAllByRole('option');
    expect(first).toHaveTextContent('Swedish Framework Decision');
    expect(first).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/doc/swedish-framework-decision-2006-960');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus();
  });

  it('lists commands when empty, moves with the arrow keys, finds terms and closes on Escape', async () => {
    const user = userEvent.setup();
    renderWithServices(<CommandPalette />);
    await user.keyboard('{Meta>}k{/Meta}');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toContain('Open the glossaryCommand');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(window.location.hash).toBe('#/compare?ids=');
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('single point');
    const options = screen.getAllByRole('option');
    expect(options.some((o) => o.textContent?.endsWith('Term'))).toBe(true);
    expect(options.at(-1)).toHaveTextContent('Search for “single point”');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(window.location.hash).toBe('#/search?q=single+point');
    await user.keyboard('{Control>}k{/Control}{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
