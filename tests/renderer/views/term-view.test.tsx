import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TermView } from '../../../renderer/views/term-view';
import { renderWithServices } from '../render-with-services';

describe('TermView', () => {
  it('shows the term, its abbreviation, definition, related terms and documents', () => {
    renderWithServices(<TermView id="spoc" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Single Point of Contact');
    expect(screen.getByText('Abbreviations').nextElementSibling).toHaveTextContent('SPOC');
    expect(screen.getByText(/receives and answers information requests/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'See also' })).getByRole('link')).toHaveAttribute(
      'href',
      '#/term/swedish-initiative',
    );
    expect(
      within(screen.getByRole('region', { name: 'Related instruments and bodies' })).getByRole('link'),
    ).toHaveAttribute('href', '#/doc/spoc-body');
    expect(
      within(screen.getByRole('region', { name: 'Used in' }))
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#/doc/overview', '#/doc/swedish-framework-decision-2006-960']);
    expect(screen.getByRole('link', { name: 'Glossary' })).toHaveAttribute('href', '#/glossary');
  });

  it('shows what an abbreviation stands for', () => {
    renderWithServices(<TermView id="europol" />);
    expect(screen.getByText('Stands for').nextElementSibling).toHaveTextContent(
      'European Union Agency for Law Enforcement Cooperation',
    );
    expect(screen.queryByRole('region', { name: 'See also' })).toBeNull();
  });

  it('says so when the term is not in this content version', () => {
    renderWithServices(<TermView id="gone" />);
    expect(screen.getByRole('alert')).toHaveTextContent('not in this content version');
  });
});
