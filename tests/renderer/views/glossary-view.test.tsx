import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GlossaryView } from '../../../renderer/views/glossary-view';
import { renderWithServices } from '../render-with-services';

const termNames = () => screen.queryAllByRole('term').map((dt) => within(dt).getByRole('link').textContent);

describe('GlossaryView', () => {
  it('lists every term A-Z with its definition, accented letters filed under their base letter', () => {
    renderWithServices(<GlossaryView />);
    expect(termNames()).toEqual(['Élément de test', 'Europol', 'Single Point of Contact', 'Swedish Initiative']);
    const index = screen.getByRole('navigation', { name: 'Glossary letters' });
    expect(
      within(index)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['All', 'E', 'S']);
    expect(within(index).getByRole('link', { name: 'All' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('status')).toHaveTextContent('4 terms');
  });

  it('shows one letter when the route names it', () => {
    renderWithServices(<GlossaryView letter="s" />);
    expect(termNames()).toEqual(['Single Point of Contact', 'Swedish Initiative']);
    expect(screen.getByRole('link', { name: 'S' })).toHaveAttribute('aria-current', 'page');
  });

  it('filters as you type across all letters, by abbreviation, diacritic-free text or definition, and announces the count', async () => {
    renderWithServices(<GlossaryView letter="E" />);
    const filter = screen.getByRole('searchbox', { name: 'Filter terms' });
    await userEvent.type(filter, 'spoc');
    expect(termNames()).toEqual(['Single Point of Contact']);
    expect(screen.getByRole('status')).toHaveTextContent('1 term');
    await userEvent.clear(filter);
    await userEvent.type(filter, 'element');
    expect(termNames()).toEqual(['Élément de test']);
    await userEvent.clear(filter);
    await userEvent.type(filter, 'around the clock');
    expect(termNames()).toEqual(['Single Point of Contact']);
    await userEvent.type(filter, 'zzz');
    expect(screen.getByRole('status')).toHaveTextContent('No term matches this filter.');
  });
});
